package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ForecastDraft;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.ui.FormErrors;

/** Starts a forecast, or changes its heading: title, version name, unit, years and deficit brought forward. */
class ForecastForm extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextField versionLabel = new TextField("Version");
    private final ComboBox<MoneyUnit> unit = new ComboBox<>("Unit the figures are printed in");
    private final TextField firstYear = new TextField("First financial year");
    private final IntegerField numberOfYears = new IntegerField("Number of years");
    private final TextField openingDeficit = new TextField("Deficit brought forward");
    private final FormErrors errors = new FormErrors();

    ForecastForm(
            HighNeedsForecastService forecasts,
            HighNeedsForecastDetails existing,
            Consumer<HighNeedsForecastDetails> afterSave) {
        setHeaderTitle(existing == null ? "Start a High Needs forecast" : "Change the forecast's details");
        unit.setItems(MoneyUnit.values());
        unit.setItemLabelGenerator(MoneyUnit::label);
        versionLabel.setHelperText("Such as 'Budget setting February' or 'Q2 monitoring'");
        firstYear.setHelperText("Like 2021/22");
        numberOfYears.setMin(1);
        numberOfYears.setMax(10);
        openingDeficit.setHelperText("In the unit above; 0 if none");
        errors.bind("title", title)
                .bind("versionLabel", versionLabel)
                .bind("unit", unit)
                .bind("firstYear", firstYear)
                .bind("numberOfYears", numberOfYears)
                .bind("openingDeficit", openingDeficit);
        ForecastDraft current = existing == null
                ? new ForecastDraft(
                        "High Needs Block forecast",
                        "",
                        MoneyUnit.THOUSANDS,
                        FinancialYear.containing(LocalDate.now()),
                        5,
                        BigDecimal.ZERO)
                : existing.draft();
        title.setValue(current.title());
        versionLabel.setValue(current.versionLabel());
        unit.setValue(current.unit());
        firstYear.setValue(current.firstYear().toString());
        numberOfYears.setValue(current.numberOfYears());
        openingDeficit.setValue(
                Money.format(current.openingDeficit(), current.unit()).replace("£", ""));
        add(new FormLayout(title, versionLabel, unit, firstYear, numberOfYears, openingDeficit));
        Button save = new Button("Save", click -> {
            try {
                ForecastDraft draft = new ForecastDraft(
                        title.getValue(),
                        versionLabel.getValue(),
                        unit.getValue(),
                        year(),
                        numberOfYears.getValue() == null ? 0 : numberOfYears.getValue(),
                        deficit());
                HighNeedsForecastDetails saved = existing == null
                        ? forecasts.create(draft)
                        : forecasts.update(existing.id(), existing.version(), draft);
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private FinancialYear year() {
        try {
            return FinancialYear.parse(firstYear.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("firstYear", e.getMessage());
        }
    }

    private BigDecimal deficit() {
        try {
            return Money.parse(
                    openingDeficit.getValue().isBlank() ? "0" : openingDeficit.getValue(),
                    unit.getValue() == null ? MoneyUnit.POUNDS : unit.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("openingDeficit", e.getMessage());
        }
    }
}
