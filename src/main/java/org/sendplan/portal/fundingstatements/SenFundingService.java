package org.sendplan.portal.fundingstatements;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.fundingstatements.internal.FundingStatement;
import org.sendplan.portal.fundingstatements.internal.FundingStatementChange;
import org.sendplan.portal.fundingstatements.internal.FundingStatementChanges;
import org.sendplan.portal.fundingstatements.internal.FundingStatements;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * SEN notional funding statements. A school editor writes, submits and publishes their own school's;
 * LA officers read every school's in their authority; anyone may read a published one.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SenFundingService {

    public static final String READERS = "hasAnyRole('SCHOOL_EDITOR', 'LA_OFFICER')";

    private final FundingStatements statements;
    private final FundingStatementChanges changes;
    private final OrganisationService organisations;
    private final TenantService tenants;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;

    SenFundingService(
            FundingStatements statements,
            FundingStatementChanges changes,
            OrganisationService organisations,
            TenantService tenants,
            CurrentUser currentUser,
            TransactionTemplate transactions) {
        this.statements = statements;
        this.changes = changes;
        this.organisations = organisations;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    /** The school with this URN, if the person may see it; refused for another school of a school editor. */
    @PreAuthorize(READERS)
    public Optional<OrganisationDetails> school(String urn) {
        return organisations.findSchool(urn);
    }

    /** Every statement the person may read (a school editor's own schools', an officer's whole authority), by school. */
    @PreAuthorize(READERS)
    public List<SchoolStatements> statementsBySchool() {
        Map<UUID, OrganisationDetails> schools = organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                .collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
        Map<UUID, List<StatementDetails>> bySchool =
                statements.findBySchoolIdInOrderByFinancialYearDesc(schools.keySet()).stream()
                        .map(FundingStatement::toDetails)
                        .collect(Collectors.groupingBy(StatementDetails::schoolId));
        return schools.values().stream()
                .sorted(Comparator.comparing(OrganisationDetails::name))
                .map(school -> new SchoolStatements(null, school, bySchool.getOrDefault(school.id(), List.of())))
                .toList();
    }

    @PreAuthorize(READERS)
    public Optional<StatementDetails> find(String urn, FinancialYear year) {
        return school(urn)
                .flatMap(school -> statements.findBySchoolIdAndFinancialYear(school.id(), year.startYear()))
                .map(FundingStatement::toDetails);
    }

    @PreAuthorize(READERS)
    public List<StatementChange> history(String urn, FinancialYear year) {
        return find(urn, year)
                .map(found -> changes.findByStatementIdOrderByChangedAtDesc(found.id()).stream()
                        .map(FundingStatementChange::toRecord)
                        .toList())
                .orElse(List.of());
    }

    /**
     * Saves the school's figures for the year, creating the statement if there is none. {@code expectedVersion} is
     * the version the person last read, or null when they believe there is no statement yet.
     */
    @PreAuthorize("hasRole('SCHOOL_EDITOR')")
    @Transactional
    public StatementDetails save(String urn, FinancialYear year, Long expectedVersion, @Valid SenFundingDraft draft) {
        OrganisationDetails school = editableSchool(urn);
        Optional<FundingStatement> existing = statements.findBySchoolIdAndFinancialYear(school.id(), year.startYear());
        if (existing.isPresent() != (expectedVersion != null)
                || existing.filter(found -> found.version() != expectedVersion).isPresent()) {
            throw new ObjectOptimisticLockingFailureException(FundingStatement.class, school.urn() + " " + year);
        }
        FundingStatement statement = existing.orElseGet(() -> new FundingStatement(school.id(), year));
        if (statement.status() == StatementStatus.SUBMITTED) {
            throw new InvalidInputException(
                    "This statement has been submitted to the local authority. Return it to draft to change it.");
        }
        statement.apply(draft, person());
        FundingStatement saved = statements.saveAndFlush(statement);
        record(
                saved,
                (existing.isPresent() ? "Changed the figures: " : "Started the statement: ") + "budget "
                        + Money.format(draft.notionalBudget()) + ", spent " + Money.format(draft.totalSpent()));
        return saved.toDetails();
    }

    /** Saves the figures as they stand and submits them to the local authority, in one go. */
    @PreAuthorize("hasRole('SCHOOL_EDITOR')")
    @Transactional
    public StatementDetails submit(String urn, FinancialYear year, Long expectedVersion, @Valid SenFundingDraft draft) {
        if (draft.narrative() == null || draft.narrative().isBlank()) {
            throw new InvalidInputException(
                    "narrative", "Write a narrative of how the budget was spent before submitting");
        }
        StatementDetails saved = save(urn, year, expectedVersion, draft);
        FundingStatement statement = current(urn, year, saved.version());
        statement.submit(person());
        return saved(statement, "Submitted to the local authority");
    }

    @PreAuthorize("hasRole('SCHOOL_EDITOR')")
    @Transactional
    public StatementDetails returnToDraft(String urn, FinancialYear year, long expectedVersion) {
        FundingStatement statement = current(urn, year, expectedVersion);
        statement.returnToDraft(person());
        return saved(statement, "Returned to draft to change it (and taken off the public page)");
    }

    /** Shows the statement on the school's public page, or takes it off. Only a submitted statement is published. */
    @PreAuthorize("hasRole('SCHOOL_EDITOR')")
    @Transactional
    public StatementDetails publish(String urn, FinancialYear year, long expectedVersion, boolean publish) {
        FundingStatement statement = current(urn, year, expectedVersion);
        if (publish && statement.status() != StatementStatus.SUBMITTED) {
            throw new InvalidInputException("Submit the statement to the local authority before publishing it");
        }
        statement.publish(publish, person());
        return saved(
                statement, publish ? "Published on the school's public page" : "Taken off the school's public page");
    }

    /**
     * For the public page, signed out: the school's published statements, in the tenant named by the address.
     * Empty for an unknown or suspended authority, an unknown school, or nothing published, alike.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<SchoolStatements> published(String tenantSlug, String urn) {
        return tenants.findBySlug(tenantSlug)
                .filter(tenant -> tenant.active())
                .flatMap(tenant -> TenantContext.callAs(
                        TenantScope.ofTenant(tenant.id()),
                        () -> transactions.execute(status -> organisations
                                .publicSchool(urn)
                                .map(school -> new SchoolStatements(
                                        tenant.name(),
                                        school,
                                        statements
                                                .findBySchoolIdAndPublishedTrueOrderByFinancialYearDesc(school.id())
                                                .stream()
                                                .map(FundingStatement::toDetails)
                                                .toList())))))
                .filter(found -> !found.statements().isEmpty());
    }

    private OrganisationDetails editableSchool(String urn) {
        OrganisationDetails school = school(urn)
                .orElseThrow(() -> new InvalidInputException(
                        "urn", "There is no school with URN " + urn + " in your local authority"));
        if (!currentUser
                .find()
                .map(SignedInUser::organisationIds)
                .orElse(Set.of())
                .contains(school.id())) {
            throw new AccessDeniedException("A school editor changes only their own school's statement");
        }
        return school;
    }

    private FundingStatement current(String urn, FinancialYear year, long expectedVersion) {
        OrganisationDetails school = editableSchool(urn);
        FundingStatement statement = statements
                .findBySchoolIdAndFinancialYear(school.id(), year.startYear())
                .orElseThrow(
                        () -> new InvalidInputException("There is no statement for " + year + " yet: save one first"));
        if (statement.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FundingStatement.class, statement.id());
        }
        return statement;
    }

    private StatementDetails saved(FundingStatement statement, String summary) {
        FundingStatement saved = statements.saveAndFlush(statement);
        record(saved, summary);
        return saved.toDetails();
    }

    private void record(FundingStatement statement, String summary) {
        changes.save(new FundingStatementChange(statement.id(), person(), summary));
    }

    private String person() {
        return currentUser.find().map(SignedInUser::displayName).orElseThrow();
    }
}
