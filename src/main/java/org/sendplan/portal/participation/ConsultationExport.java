package org.sendplan.portal.participation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A consultation's answers for analysis: a summary per question and every answer, as two CSV files or
 * one workbook with a sheet each. Counts are numbers in the workbook so they can be summed there.
 */
public record ConsultationExport(String fileName, Table summary, Table answers) implements Serializable {

    /** A sheet: headings, then rows of text and whole numbers. */
    public record Table(String name, List<String> headings, List<List<Object>> rows) implements Serializable {

        public byte[] csv() {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                printer.printRecord(headings);
                for (List<Object> row : rows) {
                    printer.printRecord(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        private void writeTo(Sheet sheet) {
            Row heading = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                heading.createCell(c).setCellValue(headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row target = sheet.createRow(r + 1);
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) instanceof Integer number) {
                        target.createCell(c).setCellValue(number);
                    } else {
                        target.createCell(c)
                                .setCellValue(
                                        row.get(c) == null ? "" : row.get(c).toString());
                    }
                }
            }
            sheet.setColumnWidth(1, 80 * 256);
        }
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            summary.writeTo(workbook.createSheet(summary.name()));
            answers.writeTo(workbook.createSheet(answers.name()));
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
