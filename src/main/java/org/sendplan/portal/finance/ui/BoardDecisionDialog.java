package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import org.sendplan.portal.finance.BoardDecision;
import org.sendplan.portal.finance.ProposalStatus;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalService;
import org.sendplan.portal.ui.FormErrors;

/** A board member records what the board decided about a submitted proposal. */
class BoardDecisionDialog extends Dialog {

    BoardDecisionDialog(ResourceProposalService proposals, ResourceProposalDetails proposal, Runnable afterSave) {
        setHeaderTitle("Record the board's decision");
        ComboBox<ProposalStatus> outcome = new ComboBox<>("Decision");
        outcome.setItems(Arrays.stream(ProposalStatus.values())
                .filter(ProposalStatus::decided)
                .toList());
        outcome.setItemLabelGenerator(ProposalStatus::label);
        TextArea text = new TextArea("The decision as the board recorded it");
        DatePicker date = new DatePicker("Date of the decision", LocalDate.now());
        FormErrors errors =
                new FormErrors().bind("outcome", outcome).bind("text", text).bind("date", date);
        add(new FormLayout(outcome, text, date));
        Button save = new Button("Record decision", click -> {
            try {
                proposals.decide(
                        proposal.id(),
                        proposal.version(),
                        new BoardDecision(outcome.getValue(), text.getValue(), date.getValue()));
                close();
                afterSave.run();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
