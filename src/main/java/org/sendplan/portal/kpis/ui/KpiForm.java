package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.kpis.Direction;
import org.sendplan.portal.kpis.KpiBreakdown;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiDraft;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiSource;
import org.sendplan.portal.kpis.KpiTargetDraft;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.ui.FormErrors;

/** Defines a KPI, or changes its definition and targets. */
class KpiForm extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextArea definition = new TextArea("Definition");
    private final ComboBox<KpiUnit> unit = new ComboBox<>("Unit");
    private final ComboBox<Direction> direction = new ComboBox<>("Direction");
    private final ComboBox<ReportingFrequency> frequency = new ComboBox<>("Frequency");
    private final ComboBox<KpiSource> source = new ComboBox<>("Source");
    private final TextField baselineValue = new TextField("Baseline figure");
    private final TextField baselinePeriod = new TextField("Baseline period");
    private final TextField tolerance = new TextField("Amber tolerance");
    private final CheckboxGroup<KpiBreakdown> breakdowns = new CheckboxGroup<>("Breakdowns");
    private final TextArea targets = new TextArea("Targets");

    KpiForm(KpiService kpis, KpiDetails existing, Consumer<KpiDetails> afterSave) {
        setHeaderTitle(existing == null ? "Define a KPI" : "Change the KPI's definition and targets");
        unit.setItems(KpiUnit.values());
        unit.setItemLabelGenerator(KpiUnit::label);
        unit.setHelperText("A percentage is entered as how many out of how many, so it rolls up from sums");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(ReportingFrequency::label);
        source.setItems(KpiSource.values());
        source.setItemLabelGenerator(KpiSource::label);
        source.setHelperText("Figures collected from organisations come from accepted school returns");
        baselinePeriod.setHelperText(
                "Named as the frequency names periods: March 2026, Spring 2026, 2025/26 academic year or 2025/26");
        tolerance.setHelperText(
                "How far short of target still counts as amber, in the KPI's unit (percentage points for a percentage)");
        breakdowns.setItems(KpiBreakdown.values());
        breakdowns.setItemLabelGenerator(KpiBreakdown::label);
        targets.setHelperText("One a line, period then target: \"Spring 2026: 42\"");
        FormErrors errors = new FormErrors()
                .bind("name", name)
                .bind("unit", unit)
                .bind("direction", direction)
                .bind("frequency", frequency)
                .bind("source", source)
                .bind("baselineValue", baselineValue)
                .bind("baselinePeriod", baselinePeriod)
                .bind("amberTolerance", tolerance)
                .bind("targets", targets);
        if (existing == null) {
            direction.setValue(Direction.HIGHER_IS_BETTER);
            source.setValue(KpiSource.ENTERED_BY_LA);
            tolerance.setValue("0");
        } else {
            fill(existing.draft());
        }
        FormLayout layout = new FormLayout(
                name,
                definition,
                unit,
                direction,
                frequency,
                source,
                baselineValue,
                baselinePeriod,
                tolerance,
                breakdowns,
                targets);
        layout.setColspan(definition, 2);
        layout.setColspan(targets, 2);
        add(layout);
        SaveFooter.add(
                this,
                "Save",
                errors,
                () -> existing == null ? kpis.create(draft()) : kpis.update(existing.id(), existing.version(), draft()),
                afterSave);
    }

    private void fill(KpiDraft draft) {
        name.setValue(draft.name());
        definition.setValue(draft.definition() == null ? "" : draft.definition());
        unit.setValue(draft.unit());
        direction.setValue(draft.direction());
        frequency.setValue(draft.frequency());
        source.setValue(draft.source());
        baselineValue.setValue(KpiLinks.plain(draft.baselineValue()));
        baselinePeriod.setValue(draft.baselinePeriod() == null ? "" : draft.baselinePeriod());
        tolerance.setValue(KpiLinks.plain(draft.amberTolerance()));
        breakdowns.setValue(draft.breakdowns());
        targets.setValue(draft.targets().stream()
                .map(t -> t.period() + ": " + KpiLinks.plain(t.target()))
                .collect(Collectors.joining("\n")));
    }

    private KpiDraft draft() {
        return new KpiDraft(
                name.getValue(),
                definition.getValue(),
                unit.getValue(),
                direction.getValue(),
                frequency.getValue(),
                KpiLinks.figure(baselineValue.getValue(), "baselineValue", "Baseline figure"),
                baselinePeriod.getValue(),
                KpiLinks.figure(tolerance.getValue(), "amberTolerance", "Amber tolerance"),
                source.getValue(),
                breakdowns.getValue(),
                targetLines());
    }

    private List<KpiTargetDraft> targetLines() {
        List<KpiTargetDraft> lines = new ArrayList<>();
        String[] typed = targets.getValue().split("\\R");
        for (int i = 0; i < typed.length; i++) {
            String line = typed[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon < 0) {
                throw new InvalidInputException(
                        "targets",
                        "Targets, line " + (i + 1) + ": write the period, a colon, then the target, "
                                + "like \"Spring 2026: 42\"");
            }
            BigDecimal target = KpiLinks.figure(line.substring(colon + 1), "targets", "Targets, line " + (i + 1));
            lines.add(new KpiTargetDraft(line.substring(0, colon).trim(), target));
        }
        return lines;
    }
}
