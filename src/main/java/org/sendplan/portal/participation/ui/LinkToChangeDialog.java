package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.sendplan.portal.participation.SaidKind;
import org.sendplan.portal.participation.WeDid;
import org.sendplan.portal.participation.YouSaidWeDidService;
import org.sendplan.portal.ui.FormErrors;

/** An officer links a comment, consultation answer or proposal to the action or version it led to, saying what was done. */
class LinkToChangeDialog extends Dialog {

    private final ComboBox<WeDid> weDid = new ComboBox<>("The change it led to");
    private final TextArea statement = new TextArea("Statement");
    private final FormErrors errors = new FormErrors();

    LinkToChangeDialog(YouSaidWeDidService youSaidWeDid, SaidKind kind, UUID saidId, String said, Runnable afterLink) {
        setHeaderTitle("Link to a change");
        Paragraph quote = new Paragraph(kind.label() + ": " + said);
        quote.addClassName("pre-wrap");
        weDid.setItems(youSaidWeDid.changesFor(kind, saidId));
        weDid.setItemLabelGenerator(WeDid::title);
        weDid.setHelperText("An action of the plan, or an approved version");
        weDid.setWidthFull();
        statement.setHelperText(
                "What was done, in a few words, for everyone who reads the plan (up to 1,000 characters)");
        statement.setMaxLength(1000);
        statement.setWidthFull();
        errors.bind("weDid", weDid).bind("statement", statement);
        add(quote, new FormLayout(weDid, statement));
        Button save = new Button("Link to this change", click -> {
            try {
                youSaidWeDid.link(kind, saidId, weDid.getValue(), statement.getValue());
                close();
                afterLink.run();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
