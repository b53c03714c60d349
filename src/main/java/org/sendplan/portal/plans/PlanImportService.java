package org.sendplan.portal.plans;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.ImportRow.Outcome;
import org.sendplan.portal.plans.internal.Action;
import org.sendplan.portal.plans.internal.Actions;
import org.sendplan.portal.plans.internal.ImprovementPlan;
import org.sendplan.portal.plans.internal.ImprovementPlans;
import org.sendplan.portal.plans.internal.PlanTableReader;
import org.sendplan.portal.plans.internal.TableFiles;
import org.sendplan.portal.plans.internal.Theme;
import org.sendplan.portal.plans.internal.Themes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a council's own plan table into a plan: a preview that saves nothing, then one transaction
 * that saves every importable row or none. Importing the same table again changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class PlanImportService {

    private final ImprovementPlans plans;
    private final Themes themes;
    private final Actions actions;
    private final ActionHistory history;
    private final CurrentUser currentUser;

    private final Clock clock;

    PlanImportService(
            ImprovementPlans plans,
            Themes themes,
            Actions actions,
            ActionHistory history,
            CurrentUser currentUser,
            Clock clock) {

        this.clock = clock;
        this.currentUser = currentUser;
        this.plans = plans;
        this.themes = themes;
        this.actions = actions;
        this.history = history;
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    public ImportPreview preview(UUID planId, PlanTableUpload upload) {
        plan(planId);
        TableFiles.Rows file = TableFiles.read(upload.content());
        if (file.problem() != null) {
            return ImportPreview.problem(file.problem());
        }
        PlanTableReader.Table table = PlanTableReader.read(file.rows(), upload.mappingOverrides());
        if (table.problem() != null) {
            return new ImportPreview(List.of(), table.mapping(), table.preamble(), table.problem());
        }
        Map<String, Action> existing = existingByKey(planId);
        List<ImportRow> rows = table.rows().stream()
                .map(row -> row.withOutcome(outcomeOf(row, existing, upload)))
                .toList();
        return new ImportPreview(rows, table.mapping(), table.preamble(), null);
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ImportResult importTable(UUID planId, PlanTableUpload upload) {
        return importTable(planId, upload, ImportProgress.NONE);
    }

    /** As {@link #importTable(UUID, PlanTableUpload)}, reporting each saved row; still one transaction. */
    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ImportResult importTable(UUID planId, PlanTableUpload upload, ImportProgress progress) {
        ImportPreview preview = preview(planId, upload);
        if (preview.fileProblem() != null) {
            throw new InvalidInputException(preview.fileProblem());
        }
        ImprovementPlan plan = plan(planId);
        String by = currentUser.displayName();
        Map<String, Theme> themesByTitle = new HashMap<>();
        themes.findByPlanIdOrderByPosition(planId).forEach(t -> themesByTitle.put(normalise(t.title()), t));
        int themesAdded = 0;
        int nextThemePosition =
                themesByTitle.values().stream().mapToInt(Theme::position).max().orElse(0) + 1;
        int nextPosition = actions.lastPosition(planId) + 1;
        Map<String, Action> existing = existingByKey(planId);
        int added = 0;
        int updated = 0;
        int total = (int) preview.importableCount();
        for (ImportRow row : preview.rows()) {
            if (!row.importable()) {
                continue;
            }
            progress.rowsSaved(added + updated, total);
            Theme theme = themesByTitle.get(normalise(row.theme()));
            if (theme == null) {
                theme = themes.save(new Theme(planId, row.theme(), nextThemePosition++));
                themesByTitle.put(normalise(row.theme()), theme);
                themesAdded++;
            }
            Action action = existing.get(PlanTableReader.keyOf(row.theme(), row.activity()));
            if (action == null) {
                action = new Action(planId, nextPosition++, by, clock.instant());
                action.apply(draftOf(row, theme.id(), null), null, by, clock.instant());
                actions.save(action);
                history.created(action, theme.title());
                added++;
            } else {
                ActionDetails before = action.toDetails(theme.title());
                var beforeContent = action.content(theme.title());
                var beforeDelivery = action.delivery();
                action.apply(draftOf(row, theme.id(), before), before.ownerName(), by, clock.instant());
                history.changed(action, beforeContent, action.content(theme.title()));
                history.changed(action, beforeDelivery, action.delivery());
                updated++;
            }
        }
        plan.describeIfBlank(String.join("\n", preview.preamble()));
        if (added + updated > 0) {
            plan.reopenAsDraftIfApproved(by);
            plan.touch(by);
        }
        actions.flush();
        progress.rowsSaved(total, total);
        return new ImportResult(themesAdded, added, updated, (int) preview.count(Outcome.UNCHANGED));
    }

    private ImprovementPlan plan(UUID planId) {
        ImprovementPlan plan =
                plans.findById(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        if (plan.status() == PlanStatus.CLOSED) {
            throw new InvalidInputException("This plan is closed; nothing can be imported into it");
        }
        return plan;
    }

    private Map<String, Action> existingByKey(UUID planId) {
        Map<UUID, String> titles = new HashMap<>();
        themes.findByPlanIdOrderByPosition(planId).forEach(t -> titles.put(t.id(), t.title()));
        Map<String, Action> byKey = new HashMap<>();
        for (Action a : actions.findByPlanIdOrderByPosition(planId)) {
            byKey.putIfAbsent(PlanTableReader.keyOf(titles.get(a.themeId()), a.activity()), a);
        }
        return byKey;
    }

    private static Outcome outcomeOf(ImportRow row, Map<String, Action> existing, PlanTableUpload upload) {
        if (!row.problems().isEmpty()) {
            return Outcome.ERROR;
        }
        if (upload.skippedLines().contains(row.lineNumber())) {
            return Outcome.SKIPPED;
        }
        Action action = existing.get(PlanTableReader.keyOf(row.theme(), row.activity()));
        if (action == null) {
            return Outcome.NEW;
        }
        ActionDetails now = action.toDetails(row.theme());
        ActionDraft wanted = draftOf(row, now.themeId(), now);
        boolean same = Objects.equals(now.measure(), wanted.measure())
                && Objects.equals(now.expectedChange(), wanted.expectedChange())
                && Objects.equals(now.rationale(), wanted.rationale())
                && now.savingsRating() == wanted.savingsRating()
                && Objects.equals(now.savingsNarrative(), wanted.savingsNarrative())
                && Objects.equals(now.benefitsRealisation(), wanted.benefitsRealisation())
                && Objects.equals(now.lead(), wanted.lead())
                && Objects.equals(now.capacityNote(), wanted.capacityNote())
                && now.status() == wanted.status()
                && Objects.equals(now.dueDate(), wanted.dueDate());
        return same ? Outcome.UNCHANGED : Outcome.UPDATE;
    }

    /** The table's columns from the row; what the table does not say (owner, milestones…) stays as it was. */
    private static ActionDraft draftOf(ImportRow row, UUID themeId, ActionDetails before) {
        ActionStatus status =
                row.status() != null ? row.status() : before == null ? ActionStatus.NOT_STARTED : before.status();
        return new ActionDraft(
                themeId,
                row.activity(),
                row.measure(),
                row.expectedChange(),
                row.rationale(),
                row.savingsRating(),
                row.savingsNarrative(),
                row.benefitsRealisation(),
                row.lead(),
                row.capacityNote(),
                before == null ? null : before.ownerId(),
                row.dueDate() != null ? row.dueDate() : before == null ? null : before.dueDate(),
                status,
                before == null ? List.of() : before.partners(),
                before == null ? List.of() : new ArrayList<>(before.milestones()),
                before == null ? List.of() : new ArrayList<>(before.savings()));
    }

    private static String normalise(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
