package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalOutcome;
import org.sendplan.portal.participation.ProposalResponseDraft;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.ui.FormErrors;

/** The LA's response to a proposal, with the action it was taken into when it was. */
class RespondToProposalDialog extends Dialog {

    private final RadioButtonGroup<ProposalOutcome> outcome = new RadioButtonGroup<>("Response");
    private final ComboBox<ActionDetails> action = new ComboBox<>("Action created or changed");
    private final TextArea reasons = new TextArea("Reasons");
    private final FormErrors errors = new FormErrors();

    RespondToProposalDialog(ProposalService proposals, ProposalDetails proposal, Consumer<ProposalDetails> afterSave) {
        setHeaderTitle("Respond to “" + proposal.title() + "”");
        outcome.setItems(ProposalOutcome.values());
        outcome.setItemLabelGenerator(ProposalOutcome::label);
        action.setItems(proposals.actionsToLink(proposal.id()));
        action.setItemLabelGenerator(ActionDetails::activity);
        action.setHelperText("Needed when the proposal was taken into the plan");
        action.setVisible(false);
        outcome.addValueChangeListener(e -> action.setVisible(e.getValue() == ProposalOutcome.TAKEN_INTO_PLAN));
        reasons.setHelperText("The proposer reads these: say what you decided and why");
        errors.bind("outcome", outcome).bind("actionId", action).bind("reasons", reasons);
        add(new FormLayout(outcome, action, reasons));
        Button respond = new Button("Send response", click -> {
            try {
                ProposalDetails saved = proposals.respond(
                        proposal.id(),
                        proposal.version(),
                        new ProposalResponseDraft(
                                outcome.getValue(),
                                reasons.getValue(),
                                outcome.getValue() == ProposalOutcome.TAKEN_INTO_PLAN && action.getValue() != null
                                        ? action.getValue().id()
                                        : null));
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), respond);
    }
}
