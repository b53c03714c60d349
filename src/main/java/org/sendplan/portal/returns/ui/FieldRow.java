package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.kpis.CollectableKpi;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldType;
import org.sendplan.portal.returns.KpiPart;

/** One field of a collection being set up: its label, type and rules, and the KPI it feeds. */
class FieldRow extends Div {

    private final TextField label = new TextField("Field label");
    private final Select<FieldType> type = new Select<>();
    private final Checkbox required = new Checkbox("Required");
    private final TextField minimum = new TextField("Lowest allowed");
    private final TextField maximum = new TextField("Highest allowed");
    private final TextField notMoreThan = new TextField("Not more than (another field's label)");
    private final TextField changeThreshold = new TextField("Comment needed on a change above (%)");
    private final ComboBox<CollectableKpi> kpi = new ComboBox<>("Feeds the KPI");
    private final Select<KpiPart> part = new Select<>();

    FieldRow(FieldDefinition field, List<CollectableKpi> kpis, Runnable remove) {
        addClassName("card");
        type.setLabel("Type");
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(FieldType::label);
        part.setLabel("As the KPI's");
        part.setItems(KpiPart.values());
        part.setItemLabelGenerator(KpiPart::label);
        kpi.setItems(kpis);
        kpi.setItemLabelGenerator(k -> k.name() + (k.percentage() ? " (percentage)" : ""));
        kpi.setClearButtonVisible(true);
        kpi.setHelperText("Leave empty for a figure that stands alone");
        label.setValue(field.label() == null ? "" : field.label());
        type.setValue(field.type());
        required.setValue(field.required());
        minimum.setValue(text(field.minimum()));
        maximum.setValue(text(field.maximum()));
        notMoreThan.setValue(field.notMoreThan() == null ? "" : field.notMoreThan());
        changeThreshold.setValue(text(field.changeThresholdPercent()));
        kpis.stream().filter(k -> k.id().equals(field.kpiId())).findFirst().ifPresent(kpi::setValue);
        part.setValue(field.kpiPart() == null ? KpiPart.FIGURE : field.kpiPart());
        Button removeButton = new Button("Remove this field", click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(
                new FormLayout(label, type, required, minimum, maximum, notMoreThan, changeThreshold, kpi, part),
                removeButton);
    }

    FieldDefinition definition() {
        String name = label.getValue().trim();
        return new FieldDefinition(
                null,
                null,
                name,
                type.getValue(),
                required.getValue(),
                number(minimum, name),
                number(maximum, name),
                notMoreThan.getValue().isBlank() ? null : FieldDefinition.codeFor(notMoreThan.getValue()),
                number(changeThreshold, name),
                kpi.getValue() == null ? null : kpi.getValue().id(),
                kpi.getValue() == null ? null : part.getValue());
    }

    private static BigDecimal number(TextField field, String name) {
        String text = field.getValue().trim().replace("%", "").replace(",", "");
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "fields",
                    "'" + field.getValue() + "' in '" + field.getLabel() + "' of '" + name + "' is not a number");
        }
    }

    private static String text(BigDecimal figure) {
        return figure == null ? "" : figure.stripTrailingZeros().toPlainString();
    }
}
