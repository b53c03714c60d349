package org.sendplan.portal.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.finance.internal.FinancePublication;
import org.sendplan.portal.finance.internal.FinancePublications;
import org.sendplan.portal.finance.internal.HighNeedsForecasts;
import org.sendplan.portal.finance.internal.ResourceProposals;
import org.sendplan.portal.finance.internal.SavingsTargets;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which finance tables parent carers and school editors may read: none until a tenant administrator or
 * finance officer publishes one. Every finance service asks {@link #checkMayRead} before it gives a partner a table.
 */
@Service
@Transactional(readOnly = true)
public class FinancePublishing {

    static final String PUBLISHERS = "hasAnyRole('TENANT_ADMIN', 'FINANCE_OFFICER')";
    static final String PARTNERS = "hasAnyRole('PARENT_CARER', 'SCHOOL_EDITOR')";
    private static final Set<String> STAFF = Set.of("ROLE_FINANCE_OFFICER", "ROLE_LA_OFFICER", "ROLE_BOARD_MEMBER");

    private final FinancePublications publications;
    private final HighNeedsForecasts forecasts;
    private final SavingsTargets savings;
    private final ResourceProposals proposals;
    private final PlanService plans;
    private final ChangeRecorder history;
    private final CurrentUser currentUser;

    FinancePublishing(
            FinancePublications publications,
            HighNeedsForecasts forecasts,
            SavingsTargets savings,
            ResourceProposals proposals,
            PlanService plans,
            ChangeRecorder history,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.publications = publications;
        this.forecasts = forecasts;
        this.savings = savings;
        this.proposals = proposals;
        this.plans = plans;
        this.history = history;
    }

    /** Every finance table of this local authority, with whether it is published. */
    @PreAuthorize(PUBLISHERS)
    public List<PublishableTable> tables() {
        return allTables();
    }

    /** The tables published to parent carers and schools. */
    @PreAuthorize(PARTNERS)
    public List<PublishableTable> published() {
        return allTables().stream().filter(PublishableTable::published).toList();
    }

    @PreAuthorize(PUBLISHERS)
    @Transactional
    public PublishableTable publish(UUID tableId) {
        PublishableTable table = table(tableId);
        if (!table.published()) {
            publications.saveAndFlush(new FinancePublication(table.kind().name(), tableId, currentUser.displayName()));
            history.record(table.kind().name(), tableId, "Published to parent carers and schools");
        }
        return table(tableId);
    }

    @PreAuthorize(PUBLISHERS)
    @Transactional
    public PublishableTable withdraw(UUID tableId) {
        PublishableTable table = table(tableId);
        publications.findBySubjectId(tableId).ifPresent(publication -> {
            publications.delete(publication);
            publications.flush();
            history.record(table.kind().name(), tableId, "Withdrawn from parent carers and schools");
        });
        return table(tableId);
    }

    /** Staff read every table; a parent carer or school editor only a published one, else the refusal page. */
    void checkMayRead(UUID tableId) {
        if (!mayRead(tableId)) {
            throw new AccessDeniedException("This finance table is not published to parent carers and schools");
        }
    }

    boolean mayRead(UUID tableId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(STAFF::contains);
        return staff || publications.existsBySubjectId(tableId);
    }

    private PublishableTable table(UUID tableId) {
        return allTables().stream()
                .filter(t -> t.id().equals(tableId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("That finance table no longer exists"));
    }

    private List<PublishableTable> allTables() {
        Map<UUID, FinancePublication> published = publications.findAll().stream()
                .collect(Collectors.toMap(FinancePublication::subjectId, Function.identity()));
        List<PublishableTable> tables = new ArrayList<>();
        forecasts.findAllByOrderByTitleAscLastChangedAtDesc().stream()
                .map(f -> f.toDetails())
                .forEach(f -> tables.add(entry(
                        FinanceTableKind.FORECAST,
                        f.id(),
                        f.draft().title() + ": " + f.draft().versionLabel(),
                        published)));
        savings.findAllByOrderByFinancialYearDescTitleAsc().stream()
                .map(s -> s.toDetails())
                .forEach(s -> tables.add(
                        entry(FinanceTableKind.SAVINGS, s.id(), s.draft().title(), published)));
        plans.plans()
                .forEach(p -> tables.add(entry(
                        FinanceTableKind.PLAN_SAVINGS, p.id(), "Savings from the plan: " + p.title(), published)));
        proposals.findAllByOrderByTitleAscVersionNumberDesc().stream()
                .map(p -> p.toDetails())
                .forEach(p -> tables.add(entry(
                        FinanceTableKind.PROPOSAL,
                        p.id(),
                        p.title() + " (version " + p.versionNumber() + ")",
                        published)));
        return tables;
    }

    private static PublishableTable entry(
            FinanceTableKind kind, UUID id, String title, Map<UUID, FinancePublication> published) {
        FinancePublication publication = published.get(id);
        return new PublishableTable(
                kind,
                id,
                title,
                publication == null ? null : publication.publishedBy(),
                publication == null ? null : publication.publishedAt());
    }
}
