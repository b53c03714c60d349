package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.participation.ConsultationService;
import org.sendplan.portal.participation.ForumPositionDetails;
import org.sendplan.portal.participation.ForumSignOffService;
import org.sendplan.portal.plans.PlanPageSection;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;

/** On a plan's page: its consultation, and the forum's position on the version going to the board. */
@org.springframework.stereotype.Component
class PlanCoProductionSection implements PlanPageSection {

    private final ConsultationService consultations;
    private final ForumSignOffService signOffs;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    PlanCoProductionSection(
            ConsultationService consultations,
            ForumSignOffService signOffs,
            CurrentUser currentUser,
            AuthenticationContext authentication) {
        this.consultations = consultations;
        this.signOffs = signOffs;
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> sectionFor(PlanSummary plan) {
        String tenant = ParticipationLinks.tenant(currentUser);
        Div section = new Div(new H2("Co-production"));
        section.add(new Paragraph(consultations
                .consultationOf(plan.id())
                .map(c -> new Anchor(
                        ParticipationLinks.consultation(tenant, plan.id()),
                        "Consultation on version " + c.versionNumber() + ": "
                                + c.state().label().toLowerCase() + ", closes "
                                + DisplayFormats.LONG_DAY.format(c.closesOn())))
                .orElseGet(
                        () -> new Anchor(ParticipationLinks.consultation(tenant, plan.id()), "No consultation yet"))));
        section.add(new Paragraph(new Anchor(ParticipationLinks.youSaidWeDid(tenant, plan.id()), "You said, we did")));
        if (plan.status() == PlanStatus.CONSULTATION) {
            Div position = new Div();
            showPosition(position, plan);
            section.add(position);
        }
        return Optional.of(section);
    }

    private void showPosition(Div target, PlanSummary plan) {
        target.removeAll();
        Optional<ForumPositionDetails> recorded = signOffs.position(plan.id(), plan.nextVersionNumber());
        Paragraph text = new Paragraph("Parent carer forum's position on version " + plan.nextVersionNumber() + ": "
                + signOffs.positionOn(plan.id(), plan.nextVersionNumber()).orElse("not recorded yet."));
        text.addClassName("forum-position");
        target.add(text);
        if (authentication.hasRole("FORUM_LEAD")) {
            target.add(new Button(
                    recorded.isPresent() ? "Revise the forum's position" : "Record the forum's position",
                    click -> new ForumPositionDialog(
                                    signOffs, plan, recorded.orElse(null), () -> showPosition(target, plan))
                            .open()));
        }
    }
}
