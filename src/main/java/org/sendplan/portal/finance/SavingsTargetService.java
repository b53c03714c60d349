package org.sendplan.portal.finance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.finance.internal.SavingsTarget;
import org.sendplan.portal.finance.internal.SavingsTargets;
import org.sendplan.portal.identity.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Savings targets and the service budgets that meet them: finance officers edit, LA officers and board members read. */
@Service
@Validated
@Transactional(readOnly = true)
public class SavingsTargetService {

    private static final String SUBJECT = "SavingsTarget";

    private final SavingsTargets targets;
    private final ChangeRecorder history;
    private final FinancePublishing publishing;
    private final CurrentUser currentUser;

    SavingsTargetService(
            SavingsTargets targets, ChangeRecorder history, FinancePublishing publishing, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.publishing = publishing;
        this.targets = targets;
        this.history = history;
    }

    @PreAuthorize(ResourceProposalService.READERS)
    public List<SavingsTargetDetails> savingsTargets() {
        return targets.findAllByOrderByFinancialYearDescTitleAsc().stream()
                .map(SavingsTarget::toDetails)
                .toList();
    }

    @PreAuthorize(ResourceProposalService.READERS_AND_PARTNERS)
    public Optional<SavingsTargetDetails> find(UUID id) {
        return targets.findById(id).map(found -> {
            publishing.checkMayRead(id);
            return found.toDetails();
        });
    }

    @PreAuthorize(ResourceProposalService.READERS_AND_PARTNERS)
    public List<FinanceChangeRecord> history(UUID id) {
        publishing.checkMayRead(id);
        return history.historyOf(id);
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public SavingsTargetDetails create(@Valid SavingsTargetDraft draft) {
        AmountRules.checkSize("The savings target", draft.target());
        SavingsTarget target = targets.saveAndFlush(new SavingsTarget(draft, currentUser.displayName()));
        history.record(
                SUBJECT,
                target.id(),
                "Created '" + draft.title().trim() + "' with a target of "
                        + draft.target().toPlainString());
        return target.toDetails();
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public SavingsTargetDetails update(UUID id, long expectedVersion, @Valid SavingsTargetDraft draft) {
        SavingsTarget target = current(id, expectedVersion);
        AmountRules.checkSize("The savings target", draft.target());
        target.apply(draft, currentUser.displayName());
        history.record(
                SUBJECT,
                id,
                "Changed the title, year, unit or target (now " + draft.target().toPlainString() + ")");
        return targets.saveAndFlush(target).toDetails();
    }

    /** Replaces the service lines in one go: every line is checked first, so a bad line saves nothing. */
    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public SavingsTargetDetails saveLines(UUID id, long expectedVersion, List<ServiceBudgetLineDraft> lines) {
        SavingsTarget target = current(id, expectedVersion);
        for (ServiceBudgetLineDraft line : lines) {
            String service = AmountRules.required(line.service(), "a service name");
            if (line.lastYearBudget() == null || line.thisYearBudget() == null) {
                throw new InvalidInputException(
                        "'" + service + "' needs both last year's and this year's budget (0 if there was none)");
            }
            AmountRules.checkSize(service, line.lastYearBudget());
            AmountRules.checkSize(service, line.thisYearBudget());
        }
        long distinct = lines.stream()
                .map(line -> line.service().trim().toLowerCase())
                .distinct()
                .count();
        if (distinct < lines.size()) {
            throw new InvalidInputException(
                    "Each service may appear only once; combine the lines for the same service");
        }
        target.replaceLines(lines, currentUser.displayName());
        history.record(SUBJECT, id, "Saved " + lines.size() + (lines.size() == 1 ? " service line" : " service lines"));
        return targets.saveAndFlush(target).toDetails();
    }

    private SavingsTarget current(UUID id, long expectedVersion) {
        SavingsTarget target = targets.findById(id)
                .orElseThrow(() -> new InvalidInputException("That savings table no longer exists"));
        if (target.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SavingsTarget.class, id);
        }
        return target;
    }
}
