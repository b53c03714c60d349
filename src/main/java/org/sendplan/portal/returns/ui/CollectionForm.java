package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.CollectableKpi;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.DataCollectionDraft;
import org.sendplan.portal.returns.DataCollectionService;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.sendplan.portal.ui.FormErrors;

/** Sets up a collection, or changes one before it opens: what is asked, of which schools, for which period and by when. */
class CollectionForm extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextField series = new TextField("Series");
    private final Select<ReportingFrequency> frequency = new Select<>();
    private final TextField period = new TextField("Period");
    private final CheckboxGroup<SchoolPhase> phases = new CheckboxGroup<>("Schools of these phases must answer");
    private final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>("Only these planning areas");
    private final DatePicker opensOn = new DatePicker("Opens on");
    private final DatePicker deadline = new DatePicker("Deadline");
    private final Div fieldRows = new Div();
    private final List<FieldRow> rows = new ArrayList<>();
    private final List<CollectableKpi> kpis;

    CollectionForm(
            DataCollectionService collections,
            DataCollectionDetails existing,
            Consumer<DataCollectionDetails> afterSave) {
        setHeaderTitle(existing == null ? "Set up a collection" : "Change the collection");
        setWidth("min(60rem, 100vw)");
        kpis = collections.collectableKpis();
        frequency.setLabel("Reported");
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(ReportingFrequency::label);
        frequency.addValueChangeListener(e -> period.setHelperText(
                e.getValue() == null ? "" : "Like " + e.getValue().example()));
        phases.setItems(SchoolPhase.values());
        phases.setItemLabelGenerator(SchoolPhase::label);
        areas.setItems(collections.planningAreas());
        areas.setHelperText("Leave empty for every planning area");
        series.setHelperText(
                "The same return each period shares a series, so figures can be compared with last period's");
        LocalDate today = LocalDate.now();
        DataCollectionDraft current = existing != null
                ? existing.draft()
                : new DataCollectionDraft(
                        "",
                        "SEND return",
                        ReportingPeriod.containing(ReportingFrequency.TERMLY, today),
                        EnumSet.of(SchoolPhase.PRIMARY, SchoolPhase.SECONDARY),
                        null,
                        today,
                        today.plusWeeks(4),
                        List.of(FieldDefinition.wholeNumber("Pupils on roll", true)));
        title.setValue(current.title());
        series.setValue(current.series());
        frequency.setValue(current.period().frequency());
        period.setValue(current.period().label());
        phases.setValue(current.phases());
        if (current.planningAreas() != null) {
            areas.setValue(current.planningAreas());
        }
        opensOn.setValue(current.opensOn());
        deadline.setValue(current.deadline());
        current.fields().forEach(this::addRow);
        FormErrors errors = new FormErrors()
                .bind("title", title)
                .bind("series", series)
                .bind("period", period)
                .bind("phases", phases)
                .bind("opensOn", opensOn)
                .bind("deadline", deadline);
        Button addField = new Button("Add a field", click -> addRow(FieldDefinition.wholeNumber("", false)));
        add(
                new FormLayout(title, series, frequency, period, phases, areas, opensOn, deadline),
                new H3("Fields"),
                fieldRows,
                addField);
        Button save = new Button("Save", click -> {
            try {
                DataCollectionDraft draft = new DataCollectionDraft(
                        title.getValue(),
                        series.getValue(),
                        reportingPeriod(),
                        phases.getValue(),
                        areas.getValue(),
                        opensOn.getValue(),
                        deadline.getValue(),
                        rows.stream().map(FieldRow::definition).toList());
                DataCollectionDetails saved = existing == null
                        ? collections.create(draft)
                        : collections.update(existing.id(), existing.version(), draft);
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void addRow(FieldDefinition field) {
        FieldRow[] row = new FieldRow[1];
        row[0] = new FieldRow(field, kpis, () -> {
            rows.remove(row[0]);
            fieldRows.remove(row[0]);
        });
        rows.add(row[0]);
        fieldRows.add(row[0]);
    }

    private ReportingPeriod reportingPeriod() {
        if (frequency.getValue() == null) {
            throw new InvalidInputException("period", "Choose how often the figures are reported");
        }
        try {
            return ReportingPeriod.parse(frequency.getValue(), period.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
    }
}
