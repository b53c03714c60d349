package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendplan.portal.common.TableExport;

/**
 * A finance table as exported: its lines and computed totals with every figure in pounds and pence,
 * so the file agrees with the screen to the penny whatever unit the screen prints in. The headings
 * match the import layout, so an export can be imported again.
 */
public record ExportTable(String title, String fileName, List<String> headings, List<Row> rows)
        implements Serializable {

    /** One row: its text cells, then its figures (null where there is no figure). */
    public record Row(List<String> text, List<BigDecimal> figures, boolean computed) implements Serializable {}

    public byte[] csv() {
        return TableExport.csv(sheet(), false);
    }

    public byte[] xlsx() {
        return TableExport.xlsx(List.of(sheet()));
    }

    private TableExport.Sheet sheet() {
        List<TableExport.Line> lines = rows.stream()
                .map(row -> {
                    List<Object> cells = new ArrayList<>(row.text());
                    cells.addAll(row.figures());
                    return new TableExport.Line(cells, row.computed());
                })
                .toList();
        return new TableExport.Sheet(title, headings, lines, Map.of(0, 60), false);
    }
}
