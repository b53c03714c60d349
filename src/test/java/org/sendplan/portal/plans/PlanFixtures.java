package org.sendplan.portal.plans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sendplan.portal.common.FinancialYear;

/** Small plans built through the real services, for tests that need one. */
public final class PlanFixtures {

    /** The seed delivery plan table, beside the clone as CI and the worktrees have it. */
    public static final Path SEED = Path.of("../shared/seeds/002_ce68911f7982fc6b.txt");

    private PlanFixtures() {}

    public static PlanTableUpload seed() throws IOException {
        return PlanTableUpload.of("002_ce68911f7982fc6b.txt", Files.readAllBytes(SEED));
    }

    public static PlanDraft draft(String title) {
        return new PlanDraft(title, FinancialYear.parse("2019/20"), FinancialYear.parse("2021/22"), "A test plan");
    }

    public static ActionDraft action(ThemeDetails theme, String activity) {
        return ActionDraft.ofTable(
                theme.id(),
                activity,
                "A measure",
                "To increase",
                "Because",
                SavingsRating.LOW,
                "Some savings",
                "Now",
                "A lead",
                "No extra capacity");
    }

    public static ActionDraft withMilestones(ActionDraft d, List<MilestoneDraft> milestones) {
        return new ActionDraft(
                d.themeId(),
                d.activity(),
                d.measure(),
                d.expectedChange(),
                d.rationale(),
                d.savingsRating(),
                d.savingsNarrative(),
                d.benefitsRealisation(),
                d.lead(),
                d.capacityNote(),
                d.ownerId(),
                d.dueDate(),
                d.status(),
                d.partners(),
                milestones,
                d.savings());
    }
}
