package org.sendplan.portal.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(headings);
            for (Row row : rows) {
                List<String> cells = new ArrayList<>(row.text());
                row.figures().forEach(figure -> cells.add(figure == null ? "" : figure.toPlainString()));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(
                    title.length() > 31 ? title.substring(0, 31) : title.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            org.apache.poi.ss.usermodel.Row heading = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                heading.createCell(c).setCellValue(headings.get(c));
                heading.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r), money, bold);
            }
            sheet.setColumnWidth(0, 60 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A spreadsheet number is a double: exact for any amount under a trillion pounds to the penny.
    private static void writeRow(org.apache.poi.ss.usermodel.Row target, Row row, CellStyle money, CellStyle bold) {
        int c = 0;
        for (String text : row.text()) {
            target.createCell(c++).setCellValue(text);
        }
        for (BigDecimal figure : row.figures()) {
            var cell = target.createCell(c++);
            if (figure != null) {
                cell.setCellValue(figure.doubleValue());
                cell.setCellStyle(money);
            }
        }
        if (row.computed()) {
            target.getCell(0).setCellStyle(bold);
        }
    }
}
