package org.sendplan.portal.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes a plan (or the filtered part of it) with the seed table's columns plus status fields. The
 * file re-imports cleanly: rating and capacity note have their own columns, so nothing is re-split.
 */
@Service
public class PlanExportService {

    static final List<PlanColumn> COLUMNS = List.of(
            PlanColumn.THEME,
            PlanColumn.ACTIVITY,
            PlanColumn.MEASURE,
            PlanColumn.EXPECTED_CHANGE,
            PlanColumn.RATIONALE,
            PlanColumn.SAVINGS_RATING,
            PlanColumn.SAVINGS,
            PlanColumn.BENEFITS_REALISATION,
            PlanColumn.LEAD,
            PlanColumn.CAPACITY_NOTE,
            PlanColumn.OWNER,
            PlanColumn.DUE_DATE,
            PlanColumn.STATUS,
            PlanColumn.RAG);

    private final ActionService actions;

    PlanExportService(ActionService actions) {
        this.actions = actions;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] csv(UUID planId, ActionFilter filter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A byte-order mark, so Excel opens the £ signs and dashes as UTF-8.
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS.stream().map(PlanExportService::header).toList());
            for (ActionDetails a : actions.allActions(planId, filter)) {
                printer.printRecord(cells(a));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] xlsx(UUID planId, ActionFilter filter) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(header(COLUMNS.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (ActionDetails a : actions.allActions(planId, filter)) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(a);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(PlanColumn column) {
        return column == PlanColumn.LEAD ? "Lead" : column.header();
    }

    private static List<String> cells(ActionDetails a) {
        List<String> cells = new ArrayList<>();
        cells.add(a.themeTitle());
        cells.add(a.activity());
        cells.add(a.measure());
        cells.add(a.expectedChange());
        cells.add(a.rationale());
        cells.add(a.savingsRating() == null ? null : a.savingsRating().label());
        cells.add(a.savingsNarrative());
        cells.add(a.benefitsRealisation());
        cells.add(a.lead());
        cells.add(a.capacityNote());
        cells.add(a.ownerName());
        cells.add(a.dueDate() == null ? null : a.dueDate().toString());
        cells.add(a.status().label());
        cells.add(a.rag().label());
        cells.replaceAll(s -> s == null ? "" : s);
        return cells;
    }
}
