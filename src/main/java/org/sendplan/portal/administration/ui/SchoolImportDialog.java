package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.SchoolImportPreview;
import org.sendplan.portal.tenancy.SchoolImportRow;

/**
 * Upload a CSV of schools, see row by row what it would do, then import the good rows in one go.
 * Nothing is saved until the person confirms.
 */
class SchoolImportDialog extends Dialog {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final OrganisationService organisations;
    private final Runnable afterImport;
    private final Paragraph summary =
            new Paragraph("Choose a CSV or tab-separated file with the columns URN, Name, Phase and Planning area.");
    private final Grid<SchoolImportRow> preview = new Grid<>(SchoolImportRow.class, false);
    private final Button importButton = new Button("Import");
    private String fileText;

    SchoolImportDialog(OrganisationService organisations, Runnable afterImport) {
        this.organisations = organisations;
        this.afterImport = afterImport;
        setHeaderTitle("Upload schools");
        setWidth("min(60rem, 100vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> showPreview(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", "text/csv", "text/tab-separated-values", "text/plain");
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> summary.setText("That file was not accepted: " + e.getErrorMessage()
                + " Upload a CSV or tab-separated file of at most 2 MB."));
        preview.addColumn(SchoolImportRow::lineNumber).setHeader("Row").setAutoWidth(true);
        preview.addColumn(SchoolImportRow::urn).setHeader("URN").setAutoWidth(true);
        preview.addColumn(SchoolImportRow::name).setHeader("Name").setFlexGrow(2);
        preview.addColumn(r -> r.phase() == null ? "" : r.phase().label()).setHeader("Phase");
        preview.addColumn(SchoolImportRow::planningArea).setHeader("Planning area");
        preview.addColumn(r -> r.outcome().label()).setHeader("Outcome");
        preview.addColumn(r -> String.join("; ", r.problems()))
                .setHeader("Problems")
                .setFlexGrow(2);
        preview.setAriaLabel("Preview of the schools upload");
        preview.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> commit());
        add(summary, upload, preview);
        getFooter().add(new Button("Cancel", click -> close()), importButton);
    }

    void showPreview(String text) {
        fileText = text;
        SchoolImportPreview result = organisations.previewSchoolImport(text);
        if (result.fileProblem() != null) {
            summary.setText(result.fileProblem());
            preview.setVisible(false);
            importButton.setEnabled(false);
            return;
        }
        long errors = result.count(SchoolImportRow.Outcome.ERROR);
        long importable = result.importableCount();
        summary.setText(
                result.count(SchoolImportRow.Outcome.NEW) + " new, " + result.count(SchoolImportRow.Outcome.UPDATE)
                        + " to update, " + result.count(SchoolImportRow.Outcome.UNCHANGED) + " unchanged, " + errors
                        + " with problems (these will be skipped; fix them and upload again).");
        preview.setItems(result.rows());
        preview.setVisible(true);
        importButton.setText(
                importable == 0
                        ? "Nothing to import"
                        : "Import " + importable + (importable == 1 ? " school" : " schools"));
        importButton.setEnabled(importable > 0);
    }

    private void commit() {
        int saved = organisations.importSchools(fileText);
        Notification.show(saved + (saved == 1 ? " school imported." : " schools imported."));
        close();
        afterImport.run();
    }
}
