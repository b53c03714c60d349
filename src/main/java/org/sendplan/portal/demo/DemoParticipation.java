package org.sendplan.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.participation.ConsultationDetails;
import org.sendplan.portal.participation.ConsultationDraft;
import org.sendplan.portal.participation.ConsultationService;
import org.sendplan.portal.participation.EstimateKind;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalDraft;
import org.sendplan.portal.participation.ProposalOutcome;
import org.sendplan.portal.participation.ProposalResponseDraft;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.stereotype.Component;

/**
 * Co-production on the demo plan: a consultation with the World Café questions of seed 004 and a few
 * answers (one a facilitator's table notes), and two proposals, one taken into the plan and one under
 * consideration with supporters. No forum position is recorded, so the forum lead can record one.
 */
@Component
class DemoParticipation {

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final PlanService plans;
    private final ActionService actions;
    private final AsMember as;

    DemoParticipation(
            ConsultationService consultations,
            ProposalService proposals,
            PlanService plans,
            ActionService actions,
            AsMember as) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.plans = plans;
        this.actions = actions;
        this.as = as;
    }

    /** Runs inside the tenant's scope, as the tenant's demo accounts. */
    void seed(String slug, UUID planId) {
        ConsultationDetails consultation = as.call(
                slug + ".officer",
                () -> consultations.open(
                        planId,
                        new ConsultationDraft(
                                LocalDate.now().minusDays(7), LocalDate.now().plusDays(28), worldCafeQuestions())));
        UUID first = consultation.questions().get(0).id();
        UUID second = consultation.questions().get(1).id();
        as.call(
                slug + ".parent",
                () -> consultations.answer(
                        first,
                        null,
                        "Look at how other councils explain the local offer to parents: we found out about the resourced provision by chance."));
        as.call(
                slug + ".parent",
                () -> consultations.answer(
                        second,
                        null,
                        "Ask the forum: parents know which families are waiting for an assessment long before it shows in the data."));
        as.call(
                slug + ".school",
                () -> consultations.answer(
                        first,
                        null,
                        "Outreach from the special school to mainstream SENCOs has kept two of our pupils in their local school this year."));
        as.call(
                slug + ".forumlead",
                () -> consultations.recordTableNotes(
                        first,
                        "Table 2 (parents and SENCOs)",
                        "Share what works between schools; a named contact for each family; training for lunchtime staff; fewer hand-offs at transition."));

        List<ThemeDetails> themes = as.call(slug + ".parent", () -> plans.themes(planId));
        ProposalDetails taken = as.call(
                slug + ".parent",
                () -> proposals.raise(new ProposalDraft(
                        planId,
                        themes.getFirst().id(),
                        "A named key worker for families waiting for an EHC needs assessment",
                        "Families wait weeks without knowing who to ask, and many go to tribunal out of worry rather than disagreement.",
                        "Give every family a named key worker from the request until the plan is issued, with a fortnightly call.",
                        "Fewer complaints and tribunal appeals; parents more confident in local mainstream schools.",
                        new BigDecimal("48000.00"),
                        EstimateKind.COST)));
        ProposalDetails considered = as.call(
                slug + ".school",
                () -> proposals.raise(new ProposalDraft(
                        planId,
                        themes.getLast().id(),
                        "Shared travel training across neighbouring schools",
                        "Each school runs its own travel training, and some pupils are transported by taxi who could travel independently.",
                        "Pool travel training across the schools of a planning area, led by one trained coordinator.",
                        "More independent young people and a lower transport bill.",
                        new BigDecimal("35000.00"),
                        EstimateKind.SAVING)));
        as.call(slug + ".forumlead", () -> proposals.support(considered.id()));
        as.call(slug + ".board", () -> proposals.support(considered.id()));
        as.call(slug + ".officer", () -> {
            ActionDetails action = actions.allActions(planId, ActionFilter.NONE).getFirst();
            proposals.respond(
                    taken.id(),
                    taken.version(),
                    new ProposalResponseDraft(
                            ProposalOutcome.TAKEN_INTO_PLAN,
                            "We have added named key workers to this action; the first three start next term.",
                            action.id()));
            return proposals.respond(
                    considered.id(),
                    considered.version(),
                    new ProposalResponseDraft(
                            ProposalOutcome.UNDER_CONSIDERATION,
                            "The transport team is costing this with two planning areas; we will answer by the next board meeting.",
                            null));
        });
    }

    static List<String> worldCafeQuestions() {
        try (InputStream in = DemoParticipation.class.getResourceAsStream("/demo/world-cafe-questions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
