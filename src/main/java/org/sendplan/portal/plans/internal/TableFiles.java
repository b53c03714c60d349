package org.sendplan.portal.plans.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendplan.portal.common.TableExport;

/**
 * Turns an uploaded file into rows of cells. What the file is comes from its first bytes, not its
 * name: a workbook is read as XLSX, text as TSV or CSV, and anything else is refused by name.
 */
public final class TableFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    public record Rows(List<List<String>> rows, String problem) {}

    private TableFiles() {}

    public static Rows read(byte[] content) {
        if (content == null || content.length == 0) {
            return problem("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            return problem("The file is " + content.length / (1024 * 1024) + " MB; a plan table may be at most 5 MB.");
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return workbook(content);
        }
        String binary = binaryKind(content);
        if (binary != null) {
            return problem("This is " + binary + ", not a table. Upload the plan as TSV, CSV or XLSX, or paste it.");
        }
        return text(decode(content));
    }

    private static Rows text(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            return problem("The file is empty.");
        }
        char delimiter = content.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.stream().map(TableExport::unneutralised).toList());
                if (rows.size() > MAX_ROWS) {
                    return problem("The table has more than " + MAX_ROWS + " rows; split it and import each part.");
                }
            }
            return new Rows(rows, null);
        } catch (IOException | RuntimeException e) {
            return problem("The file could not be read as tab-separated or comma-separated text: " + e.getMessage());
        }
    }

    private static Rows workbook(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS) {
                    return problem("The table has more than " + MAX_ROWS + " rows; split it and import each part.");
                }
            }
            return new Rows(rows, null);
        } catch (IOException | RuntimeException e) {
            return problem(
                    "The file looks like a zip archive but is not a readable XLSX workbook. Save it from your spreadsheet as .xlsx, or as CSV.");
        }
    }

    /** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, which is what Excel writes for "CSV" in England. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static String binaryKind(byte[] c) {
        if (startsWith(c, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(c, 0x89, 'P', 'N', 'G')
                || startsWith(c, 0xFF, 0xD8, 0xFF)
                || startsWith(c, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (startsWith(c, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old-style Office file (.xls or .doc); save it as .xlsx or CSV first";
        }
        int probe = Math.min(c.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (c[i] == 0) {
                return "a binary file";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Rows problem(String message) {
        return new Rows(List.of(), message);
    }
}
