package org.sendplan.portal.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sendplan.portal.common.TableExport;
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
        return TableExport.csv(sheet(planId, filter), true);
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] xlsx(UUID planId, ActionFilter filter) {
        return TableExport.xlsx(List.of(sheet(planId, filter)));
    }

    private TableExport.Sheet sheet(UUID planId, ActionFilter filter) {
        List<TableExport.Line> lines = actions.allActions(planId, filter).stream()
                .map(action -> new TableExport.Line(new ArrayList<>(cells(action))))
                .toList();
        return new TableExport.Sheet(
                "Plan", COLUMNS.stream().map(PlanExportService::header).toList(), lines, Map.of(), true);
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
