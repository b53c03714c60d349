package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.sendplan.portal.plans.MilestoneDraft;

/** An action's milestones as rows to edit: title, due date, done. */
class MilestoneEditor extends Div {

    private record Line(TextField title, DatePicker due, Checkbox done, HorizontalLayout row) {}

    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();

    MilestoneEditor(List<MilestoneDraft> milestones) {
        Button add = new Button("Add a milestone", click -> addLine(new MilestoneDraft("", null, false)));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3("Milestones"), rows, add);
        milestones.forEach(this::addLine);
    }

    private void addLine(MilestoneDraft m) {
        TextField title = new TextField("Milestone");
        title.setValue(m.title());
        DatePicker due = new DatePicker("Due");
        due.setValue(m.dueDate());
        Checkbox done = new Checkbox("Done", m.done());
        HorizontalLayout row = new HorizontalLayout(title, due, done);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Line line = new Line(title, due, done, row);
        Button remove = new Button("Remove", click -> {
            lines.remove(line);
            rows.remove(row);
        });
        remove.setAriaLabel("Remove milestone");
        row.add(remove);
        lines.add(line);
        rows.add(row);
    }

    /** The milestones as typed; rows left wholly empty are dropped, half-filled ones go to the service to refuse. */
    List<MilestoneDraft> value() {
        return lines.stream()
                .filter(l -> !l.title().getValue().isBlank() || l.due().getValue() != null)
                .map(l -> new MilestoneDraft(
                        l.title().getValue(), l.due().getValue(), l.done().getValue()))
                .toList();
    }
}
