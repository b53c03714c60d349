package org.sendplan.portal.participation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.ThemeDetails;

/** Plans in consultation and proposals built through the real services, for co-production tests. */
public final class ParticipationFixtures {

    /** Seed 004, the Kingston SEND Partnership Board's World Café briefing, beside the clone as CI and the worktrees have it. */
    public static final Path WORLD_CAFE = Path.of("../shared/seeds/004_5e585a6e1db40909.txt");

    private ParticipationFixtures() {}

    /** The briefing's discussion questions: its paragraphs that are one question each. */
    public static List<String> worldCafeQuestions() throws IOException {
        return Files.readAllLines(WORLD_CAFE).stream()
                .map(String::strip)
                .filter(line -> line.matches("[A-Z][^.]*\\?"))
                .toList();
    }

    /** A new plan with one theme and one action, sent out for consultation by the tenant's officer. */
    public static PlanSummary planInConsultation(
            SignedIn signedIn, String tenant, PlanService plans, ActionService actions, PlanLifecycle lifecycle) {
        signedIn.as(tenant + ".officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Co-produced plan " + System.nanoTime()));
        ThemeDetails theme = plans.addTheme(plan.id(), "Promoting Inclusion");
        actions.add(plan.id(), PlanFixtures.action(theme, "Review the provision matrix"));
        PlanSummary current = plans.plan(plan.id()).orElseThrow();
        return lifecycle.moveTo(plan.id(), current.version(), PlanStatus.CONSULTATION);
    }

    public static ProposalDraft proposal(PlanSummary plan, ThemeDetails theme, String title) {
        return new ProposalDraft(
                plan.id(),
                theme.id(),
                title,
                "Families wait without news",
                "A named key worker",
                "Fewer tribunal appeals",
                null,
                null);
    }
}
