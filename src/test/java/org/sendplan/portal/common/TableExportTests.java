package org.sendplan.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableExportTests {

    private static TableExport.Sheet sheetWith(Object... cells) {
        return new TableExport.Sheet(
                "Answers", List.of("Answer", "Amount"), List.of(new TableExport.Line(Arrays.asList(cells))));
    }

    private static List<String> csvLine(byte[] csv, int line) {
        return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n")[line].split(",", -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunIsWrittenAsTextInCsv(String typed) throws Exception {
        byte[] csv = TableExport.csv(sheetWith(typed, null), false);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("'" + typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunIsAQuotePrefixedTextCellInXlsx(String typed) throws Exception {
        Cell cell = firstCellOf(TableExport.xlsx(List.of(sheetWith(typed, null))));

        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(typed);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 121 000", "-2 places", "@board"})
    void theNeutralisedTextReadsBackAsTypedThroughThePortalsImport(String typed) {
        byte[] csv = TableExport.csv(sheetWith(typed, new BigDecimal("-1200.00")), false);

        List<List<String>> rows = TableFile.read("export.csv", csv);

        assertThat(rows.get(1)).containsExactly(typed, "-1200.00");
    }

    @Test
    void amountsStayNumbersSoANegativeAmountIsNotPrefixed() throws Exception {
        byte[] csv = TableExport.csv(sheetWith("Shortfall", new BigDecimal("-1200.00")), false);
        assertThat(csvLine(csv, 1)).containsExactly("Shortfall", "-1200.00");

        Cell amount = firstCellOf(TableExport.xlsx(List.of(sheetWith("Shortfall", new BigDecimal("-1200.00")))))
                .getRow()
                .getCell(1);
        assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(amount.getNumericCellValue()).isEqualTo(-1200.0);
    }

    @Test
    void ordinaryTextIsWrittenUntouched() throws Exception {
        assertThat(csvLine(TableExport.csv(sheetWith("Total high needs spend", 3), false), 1))
                .containsExactly("Total high needs spend", "3");
        Cell cell = firstCellOf(TableExport.xlsx(List.of(sheetWith("Total high needs spend", 3))));
        assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void aSheetNameIsMadeAcceptableToSpreadsheets() throws Exception {
        var sheet = new TableExport.Sheet(
                "High Needs forecast 2025/26: the council's [revised] view", List.of("Line"), new ArrayList<>());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(sheet))))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("High Needs forecast 2025 26  th");
        }
    }

    private static Cell firstCellOf(byte[] xlsx) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getRow(1).getCell(0);
        }
    }
}
