package org.sendplan.portal.participation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sendplan.portal.common.TableExport;

/**
 * A consultation's answers for analysis: a summary per question and every answer, as two CSV files or
 * one workbook with a sheet each. Counts are numbers in the workbook so they can be summed there.
 */
public record ConsultationExport(String fileName, Table summary, Table answers) implements Serializable {

    /** A sheet: headings, then rows of text and whole numbers. */
    public record Table(String name, List<String> headings, List<List<Object>> rows) implements Serializable {

        public byte[] csv() {
            return TableExport.csv(sheet(), false);
        }

        private TableExport.Sheet sheet() {
            return new TableExport.Sheet(
                    name, headings, rows.stream().map(TableExport.Line::new).toList(), Map.of(1, 80), false);
        }
    }

    public byte[] xlsx() {
        return TableExport.xlsx(List.of(summary.sheet(), answers.sheet()));
    }
}
