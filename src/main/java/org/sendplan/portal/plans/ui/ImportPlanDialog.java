package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ImportPreview;
import org.sendplan.portal.plans.ImportResult;
import org.sendplan.portal.plans.ImportRow;
import org.sendplan.portal.plans.PlanColumn;
import org.sendplan.portal.plans.PlanImportService;
import org.sendplan.portal.plans.PlanTableUpload;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Upload or paste a plan table, see every row as it will be saved with its warnings, correct how a
 * header is read or skip a row, then import all of it in one go. Nothing is saved before that.
 */
class ImportPlanDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Imports of at least this many actions run in the background with a progress bar. */
    static final int LONG_IMPORT = 200;

    private final UUID planId;
    private final PlanImportService imports;
    private final Runnable afterImport;
    private final Paragraph summary =
            new Paragraph("Upload the plan table as TSV, CSV or XLSX (at most 5 MB), or paste it from a document.");
    private final Div mappingPanel = new Div();
    private final Grid<ImportRow> preview = new Grid<>(ImportRow.class, false);
    private final Button importButton = new Button("Import");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Map<String, PlanColumn> overrides = new HashMap<>();
    private final Set<Integer> skipped = new HashSet<>();
    private PlanTableUpload upload;

    ImportPlanDialog(UUID planId, PlanImportService imports, Runnable afterImport) {
        this.planId = planId;
        this.imports = imports;
        this.afterImport = afterImport;
        setHeaderTitle("Import a plan table");
        setWidth("min(90rem, 100vw)");
        summary.getElement().setAttribute("aria-live", "polite");
        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> load(PlanTableUpload.of(metadata.fileName(), bytes))))));
        file.setMaxFileSize(MAX_BYTES);
        file.addFileRejectedListener(e -> summary.setText(
                "That file was not accepted: " + e.getErrorMessage() + " A plan table may be at most 5 MB."));
        TextArea pasted = new TextArea("Or paste the table");
        pasted.setWidthFull();
        pasted.setHelperText("Copy the table from Word or Excel; its cells arrive separated by tabs");
        Button previewPasted =
                new Button("Preview pasted table", click -> load(PlanTableUpload.pasted(pasted.getValue())));
        configureGrid();
        preview.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> commit());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressText.setVisible(false);
        progressText.getElement().setAttribute("aria-live", "polite");
        add(summary, file, pasted, previewPasted, mappingPanel, progress, progressText, preview);
        getFooter().add(new Button("Cancel", click -> close()), importButton);
    }

    void load(PlanTableUpload table) {
        upload = table;
        overrides.clear();
        skipped.clear();
        refresh();
    }

    private void refresh() {
        ImportPreview result = imports.preview(planId, upload.correctedWith(overrides, skipped));
        showMapping(result.mapping());
        if (result.fileProblem() != null) {
            summary.setText(result.fileProblem());
            preview.setVisible(false);
            importButton.setEnabled(false);
            return;
        }
        long warned =
                result.rows().stream().filter(r -> !r.warnings().isEmpty()).count();
        summary.setText(result.themes().size() + " themes, " + result.rows().size() + " actions: "
                + result.count(ImportRow.Outcome.NEW) + " new, " + result.count(ImportRow.Outcome.UPDATE)
                + " to update, "
                + result.count(ImportRow.Outcome.UNCHANGED) + " unchanged, " + result.count(ImportRow.Outcome.SKIPPED)
                + " skipped by you, "
                + result.count(ImportRow.Outcome.ERROR) + " that cannot be imported; " + warned
                + " with warnings to check.");
        preview.setItems(result.rows());
        preview.setVisible(true);
        long importable = result.importableCount();
        importButton.setText(
                importable == 0
                        ? "Nothing to import"
                        : "Import " + importable + (importable == 1 ? " action" : " actions"));
        importButton.setEnabled(importable > 0);
    }

    private void showMapping(Map<String, PlanColumn> mapping) {
        mappingPanel.removeAll();
        if (mapping.isEmpty()) {
            return;
        }
        HorizontalLayout boxes = new HorizontalLayout();
        boxes.setWrap(true);
        mapping.forEach((header, column) -> {
            ComboBox<PlanColumn> box = new ComboBox<>("“" + header + "” is read as");
            box.setItems(PlanColumn.values());
            box.setItemLabelGenerator(PlanColumn::header);
            box.setValue(column);
            box.addValueChangeListener(e -> {
                overrides.put(header, e.getValue() == null ? PlanColumn.IGNORE : e.getValue());
                refresh();
            });
            boxes.add(box);
        });
        mappingPanel.add(new H3("Columns"), boxes);
    }

    private void configureGrid() {
        preview.addComponentColumn(row -> {
                    Checkbox skip = new Checkbox("Skip", skipped.contains(row.lineNumber()));
                    skip.setEnabled(row.outcome() != ImportRow.Outcome.ERROR);
                    skip.setAriaLabel("Skip row " + row.lineNumber());
                    skip.addValueChangeListener(e -> {
                        if (e.getValue()) {
                            skipped.add(row.lineNumber());
                        } else {
                            skipped.remove(row.lineNumber());
                        }
                        refresh();
                    });
                    return skip;
                })
                .setHeader("Skip")
                .setKey("skip")
                .setAutoWidth(true)
                .setFrozen(true);
        preview.addColumn(ImportRow::lineNumber).setHeader("Row").setAutoWidth(true);
        preview.addColumn(r -> r.outcome().label()).setHeader("Outcome").setAutoWidth(true);
        preview.addColumn(r -> String.join("; ", concat(r.problems(), r.warnings())))
                .setHeader("Problems and warnings")
                .setWidth("18rem");
        preview.addColumn(ImportRow::theme).setHeader("Theme").setWidth("12rem");
        preview.addColumn(ImportRow::activity).setHeader("Activity").setWidth("20rem");
        preview.addColumn(ImportRow::measure).setHeader("Measure").setWidth("14rem");
        preview.addColumn(ImportRow::expectedChange)
                .setHeader("Expected change")
                .setWidth("12rem");
        preview.addColumn(ImportRow::rationale).setHeader("Rationale").setWidth("18rem");
        preview.addColumn(
                        r -> r.savingsRating() == null ? "" : r.savingsRating().label())
                .setHeader("Savings rating")
                .setAutoWidth(true);
        preview.addColumn(ImportRow::savingsNarrative)
                .setHeader("Savings narrative")
                .setWidth("18rem");
        preview.addColumn(ImportRow::benefitsRealisation)
                .setHeader("Benefits realisation")
                .setWidth("12rem");
        preview.addColumn(ImportRow::lead).setHeader("Lead").setWidth("14rem");
        preview.addColumn(ImportRow::capacityNote).setHeader("Capacity note").setWidth("14rem");
        preview.setAriaLabel("Preview of the plan table import");
        preview.addClassName("wrap-cells");
    }

    private void commit() {
        PlanTableUpload corrected = upload.correctedWith(overrides, skipped);
        if (imports.preview(planId, corrected).importableCount() < LONG_IMPORT) {
            try {
                finish(imports.importTable(planId, corrected));
            } catch (InvalidInputException e) {
                summary.setText(e.getMessage());
            }
            return;
        }
        importInBackground(corrected);
    }

    /**
     * A long import runs off the request thread, as the signed-in person (so tenant and role checks
     * hold), while the browser polls for its progress; it is still one transaction.
     */
    private void importInBackground(PlanTableUpload corrected) {
        UI ui = getUI().orElseThrow();
        importButton.setEnabled(false);
        progress.setVisible(true);
        progressText.setVisible(true);
        ui.setPollInterval(500);
        Runnable work = () -> {
            try {
                ImportResult result = imports.importTable(
                        planId,
                        corrected,
                        (done, total) -> ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            progressText.setText("Saving " + done + " of " + total + " actions…");
                        }));
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    finish(result);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    progressText.setText("Nothing was saved: " + e.getMessage());
                    importButton.setEnabled(true);
                });
            }
        };
        Thread.ofVirtual()
                .name("plan-import")
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void finish(ImportResult result) {
        Notification.show(result.describe(), 8000, Notification.Position.TOP_CENTER);
        close();
        afterImport.run();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
