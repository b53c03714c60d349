package org.sendplan.portal.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way a table leaves the portal, as CSV or as an XLSX workbook. Cells are text, whole numbers
 * (Integer, Long) or amounts (BigDecimal, two decimal places in the workbook); null is a blank cell.
 *
 * <p>Text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is neutralised, because exported text is typed by other people: in CSV it gets a leading
 * apostrophe, which spreadsheets read as "this is text" and the portal's own import takes off again; in
 * XLSX it is a text cell marked quote-prefixed, which keeps the text exactly as typed. Numbers are
 * written as numbers, so a negative amount stays a number and re-imports.
 */
public final class TableExport {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int SHEET_NAME_LIMIT = 31;

    private TableExport() {}

    /** One sheet: headings, then lines; column widths in characters by column index. */
    public record Sheet(
            String name,
            List<String> headings,
            List<Line> lines,
            Map<Integer, Integer> columnWidths,
            boolean frozenHeadings)
            implements Serializable {

        public Sheet(String name, List<String> headings, List<Line> lines) {
            this(name, headings, lines, Map.of(), false);
        }
    }

    /** A line of cells; an emphasised line (a computed total) has its first cell in bold in the workbook. */
    public record Line(List<Object> cells, boolean emphasised) implements Serializable {

        public Line(List<Object> cells) {
            this(cells, false);
        }
    }

    /** The sheet as CSV in UTF-8; with a byte-order mark, Excel opens £ signs and dashes correctly. */
    public static byte[] csv(Sheet sheet, boolean byteOrderMark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (byteOrderMark) {
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(
                    sheet.headings().stream().map(TableExport::neutralised).toList());
            for (Line line : sheet.lines()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : line.cells()) {
                    cells.add(csvCell(cell));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The sheets as one workbook, headings in bold. */
    public static byte[] xlsx(List<Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                write(sheet, workbook.createSheet(sheetName(sheet.name())), styles);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as it may go into a CSV file: a would-be formula gets a leading apostrophe. */
    public static String neutralised(String text) {
        return mightRun(text) ? "'" + text : text;
    }

    /** The text a neutralised CSV cell stood for, for the portal's own import. */
    public static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && mightRun(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean mightRun(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static String csvCell(Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal amount -> amount.toPlainString();
            case Integer number -> number.toString();
            case Long number -> number.toString();
            default -> neutralised(cell.toString());
        };
    }

    private static void write(Sheet sheet, org.apache.poi.ss.usermodel.Sheet target, Styles styles) {
        Row heading = target.createRow(0);
        for (int c = 0; c < sheet.headings().size(); c++) {
            Cell cell = heading.createCell(c);
            cell.setCellValue(sheet.headings().get(c));
            cell.setCellStyle(styles.bold);
        }
        for (int r = 0; r < sheet.lines().size(); r++) {
            Line line = sheet.lines().get(r);
            Row row = target.createRow(r + 1);
            for (int c = 0; c < line.cells().size(); c++) {
                xlsxCell(row.createCell(c), line.cells().get(c), styles);
            }
            if (line.emphasised() && !line.cells().isEmpty()) {
                row.getCell(0).setCellStyle(styles.bold);
            }
        }
        sheet.columnWidths().forEach((column, characters) -> target.setColumnWidth(column, characters * 256));
        if (sheet.frozenHeadings()) {
            target.createFreezePane(0, 1);
        }
    }

    // A spreadsheet number is a double: exact for any amount under a trillion pounds to the penny.
    private static void xlsxCell(Cell target, Object cell, Styles styles) {
        switch (cell) {
            case null -> {}
            case BigDecimal amount -> {
                target.setCellValue(amount.doubleValue());
                target.setCellStyle(styles.money);
            }
            case Integer number -> target.setCellValue(number);
            case Long number -> target.setCellValue(number);
            default -> {
                String text = cell.toString();
                target.setCellValue(text);
                if (mightRun(text)) {
                    target.setCellStyle(styles.quoted);
                }
            }
        }
    }

    private static String sheetName(String name) {
        String allowed = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return allowed.length() > SHEET_NAME_LIMIT ? allowed.substring(0, SHEET_NAME_LIMIT) : allowed;
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
