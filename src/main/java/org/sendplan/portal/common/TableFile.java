package org.sendplan.portal.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The cells of an uploaded or pasted table: CSV, tab-separated (as pasted from a spreadsheet or paper) or XLSX. */
public final class TableFile {

    private TableFile() {}

    public static List<List<String>> read(String fileName, byte[] bytes) {
        if (fileName != null && fileName.toLowerCase(Locale.UK).endsWith(".xlsx")) {
            return readXlsx(bytes);
        }
        return readText(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Pasted text: tab-separated when it has tabs anywhere (as spreadsheets copy), otherwise comma-separated. */
    public static List<List<String>> readText(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = body.contains("\t") ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new StringReader(body))) {
                rows.add(record.stream().map(TableExport::unneutralised).toList());
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("The table could not be read: " + e.getMessage());
        }
    }

    private static List<List<String>> readXlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.UK);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(textOf(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    "The spreadsheet could not be read; save it as an .xlsx workbook and try again");
        }
    }

    // Numbers in a workbook are binary doubles; the shortest decimal that round-trips is what the person typed.
    private static String textOf(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell).trim();
    }
}
