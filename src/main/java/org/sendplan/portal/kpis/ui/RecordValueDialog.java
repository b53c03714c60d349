package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.KpiBreakdown;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.kpis.KpiValueDraft;
import org.sendplan.portal.ui.FormErrors;

/** Enters the LA's figure for a period, overall or for one breakdown category; a percentage as how many out of how many. */
class RecordValueDialog extends Dialog {

    RecordValueDialog(KpiService kpis, KpiDetails kpi, Consumer<KpiDetails> afterSave) {
        setHeaderTitle("Enter a figure");
        boolean percentage = kpi.draft().unit() == KpiUnit.PERCENTAGE;
        TextField period = new TextField("Period");
        period.setHelperText("Like " + kpi.draft().frequency().example());
        period.setValue(ReportingPeriod.containing(kpi.draft().frequency(), java.time.LocalDate.now())
                .previous()
                .label());
        TextField numerator = new TextField(
                percentage
                        ? "Numerator (how many)"
                        : "Figure (" + kpi.draft().unit().label().toLowerCase() + ")");
        TextField denominator = new TextField("Denominator (out of how many)");
        denominator.setVisible(percentage);
        ComboBox<KpiBreakdown> breakdown = new ComboBox<>("Breakdown");
        breakdown.setItems(kpi.draft().breakdowns());
        breakdown.setItemLabelGenerator(KpiBreakdown::label);
        breakdown.setPlaceholder("Overall");
        breakdown.setClearButtonVisible(true);
        breakdown.setHelperText("Leave empty for the overall figure");
        TextField category = new TextField("Category");
        category.setHelperText("The area, phase, setting type or age band the figure is for");
        FormErrors errors = new FormErrors()
                .bind("period", period)
                .bind("numerator", numerator)
                .bind("denominator", denominator)
                .bind("breakdown", breakdown)
                .bind("category", category);
        FormLayout layout = new FormLayout(period, numerator, denominator);
        if (!kpi.draft().breakdowns().isEmpty()) {
            layout.add(breakdown, category);
        }
        add(layout);
        SaveFooter.add(
                this,
                "Save figure",
                errors,
                () -> kpis.recordValue(
                        kpi.id(),
                        kpi.version(),
                        new KpiValueDraft(
                                period.getValue(),
                                breakdown.getValue(),
                                category.getValue(),
                                KpiLinks.figure(numerator.getValue(), "numerator", numerator.getLabel()),
                                percentage
                                        ? KpiLinks.figure(denominator.getValue(), "denominator", denominator.getLabel())
                                        : null)),
                afterSave);
    }
}
