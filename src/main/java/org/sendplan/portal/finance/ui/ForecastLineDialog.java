package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.sendplan.portal.finance.ForecastLineDraft;
import org.sendplan.portal.finance.ForecastLineKind;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.YearlyAmounts;
import org.sendplan.portal.ui.FormErrors;

/** Adds or changes one forecast line; the caller saves it with the rest, so a refusal shows here. */
class ForecastLineDialog extends Dialog {

    ForecastLineDialog(
            HighNeedsForecastDetails forecast, ForecastLineDraft existing, Consumer<ForecastLineDraft> save) {
        setHeaderTitle(existing == null ? "Add a line" : "Change " + existing.name());
        setWidth("min(48rem, 100vw)");
        TextField name = new TextField("Line");
        ComboBox<ForecastLineKind> kind = new ComboBox<>("Kind");
        kind.setItems(ForecastLineKind.values());
        kind.setItemLabelGenerator(ForecastLineKind::label);
        YearFigureFields amounts = new YearFigureFields(
                forecast.years(), forecast.draft().unit(), existing == null ? YearlyAmounts.NONE : existing.amounts());
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
        }
        FormErrors errors = new FormErrors().bind("name", name).bind("kind", kind);
        add(
                new FormLayout(name, kind),
                new Paragraph(
                        "Funding, LA contributions and savings from the plan are entered as negatives, as the papers show them."),
                amounts);
        Button ok = new Button("Save line", click -> {
            try {
                save.accept(new ForecastLineDraft(kind.getValue(), name.getValue(), amounts.read()));
                close();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }
}
