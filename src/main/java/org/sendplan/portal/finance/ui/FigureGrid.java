package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;

/**
 * Lines and computed totals, one column per financial year, each figure written in the table's unit.
 * Computed rows are marked so people can tell a total from a line.
 */
class FigureGrid extends Grid<FigureRow> {

    FigureGrid(
            String ariaLabel,
            String detailHeader,
            List<FinancialYear> years,
            MoneyUnit unit,
            Function<FigureRow, Component> actions) {
        super(FigureRow.class, false);
        addColumn(FigureRow::label)
                .setHeader("Line")
                .setKey("label")
                .setFlexGrow(3)
                .setTooltipGenerator(FigureRow::label);
        if (detailHeader != null) {
            addColumn(FigureRow::detail)
                    .setHeader(detailHeader)
                    .setKey("detail")
                    .setFlexGrow(1);
        }
        for (FinancialYear year : years) {
            addColumn(row -> row.computed() || row.amounts().hasFigureIn(year)
                            ? Money.format(row.amounts().in(year), unit)
                            : "")
                    .setHeader(year + " (" + unit.label() + ")")
                    .setKey(year.toString())
                    .setTextAlign(ColumnTextAlign.END);
        }
        if (actions != null) {
            addComponentColumn(row -> row.computed() ? new Span() : actions.apply(row))
                    .setHeader("Change")
                    .setKey("actions")
                    .setAutoWidth(true);
        }
        setPartNameGenerator(row -> row.computed() ? "computed-total" : null);
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setAriaLabel(ariaLabel);
    }
}
