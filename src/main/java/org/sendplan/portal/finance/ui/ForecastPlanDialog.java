package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.finance.PlanSavingsService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.FormErrors;

/** Chooses the delivery plan whose actions' savings the "with the plan" scenario phases in, or none. */
class ForecastPlanDialog extends Dialog {

    ForecastPlanDialog(
            HighNeedsForecastDetails forecast,
            HighNeedsForecastService forecasts,
            PlanSavingsService plans,
            Consumer<HighNeedsForecastDetails> afterSave) {
        setHeaderTitle("Read the forecast with a delivery plan");
        setWidth("min(40rem, 100vw)");
        ComboBox<PlanSummary> plan = new ComboBox<>("Delivery plan");
        List<PlanSummary> readable = plans.plans();
        plan.setItems(readable);
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setClearButtonVisible(true);
        plan.setHelperText("Leave empty to read the forecast without a plan");
        plan.setWidthFull();
        readable.stream()
                .filter(p -> p.id().equals(forecast.planId()))
                .findFirst()
                .ifPresent(plan::setValue);
        FormErrors errors = new FormErrors().bind("planId", plan);
        add(
                new Paragraph(
                        "'With the plan' then takes its savings from the plan's actions, phased in by each action's "
                                + "benefits-realisation timescale."),
                plan);
        Button save = new Button("Save", click -> {
            try {
                afterSave.accept(forecasts.readWithPlan(
                        forecast.id(),
                        forecast.version(),
                        plan.getValue() == null ? null : plan.getValue().id()));
                close();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
