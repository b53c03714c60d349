package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.YearlyAmounts;

/** One field per financial year, read in the table's unit; a blank field means no figure that year. */
class YearFigureFields extends FormLayout {

    private final Map<FinancialYear, TextField> fields = new LinkedHashMap<>();
    private final MoneyUnit unit;

    YearFigureFields(List<FinancialYear> years, MoneyUnit unit, YearlyAmounts current) {
        this.unit = unit;
        for (FinancialYear year : years) {
            TextField field = new TextField(year + " (" + unit.label() + ")");
            if (current.hasFigureIn(year)) {
                field.setValue(Money.format(current.in(year), unit).replace("£", ""));
            }
            fields.put(year, field);
            add(field);
        }
    }

    /** The figures typed, or the first one that cannot be read, marked beside its field. */
    YearlyAmounts read() {
        Map<FinancialYear, BigDecimal> amounts = new LinkedHashMap<>();
        fields.values().forEach(field -> field.setInvalid(false));
        for (Map.Entry<FinancialYear, TextField> entry : fields.entrySet()) {
            String text = entry.getValue().getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                amounts.put(entry.getKey(), Money.parse(text, unit));
            } catch (InvalidInputException e) {
                entry.getValue().setErrorMessage(e.getMessage());
                entry.getValue().setInvalid(true);
                throw new InvalidInputException(entry.getKey() + ": " + e.getMessage());
            }
        }
        return YearlyAmounts.of(amounts);
    }
}
