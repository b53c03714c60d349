package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Supplier;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.TableFile;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.ReturnImportPreview;
import org.sendplan.portal.returns.ReturnImportRow;
import org.sendplan.portal.returns.ReturnImportService;

/** Upload or paste many schools' figures, see every row's problems, then save the valid rows as drafts or submit them. */
class ReturnImportDialog extends Dialog {

    static final String DRAFTS = "Save valid rows as drafts";
    static final String SUBMIT = "Submit valid rows to the LA";
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ReturnImportService imports;
    private final DataCollectionDetails collection;
    private final Runnable afterImport;
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("What to do with the valid rows");
    private final TextArea pasted = new TextArea("Or paste the table here");
    private final Paragraph summary = new Paragraph();
    private final Grid<ReturnImportRow> refused = new Grid<>(ReturnImportRow.class, false);
    private final Button importButton = new Button("Import");
    private List<List<String>> rows;

    ReturnImportDialog(ReturnImportService imports, DataCollectionDetails collection, Runnable afterImport) {
        this.imports = imports;
        this.collection = collection;
        this.afterImport = afterImport;
        setHeaderTitle("Upload figures");
        setWidth("min(64rem, 100vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> preview(() -> TableFile.read(metadata.fileName(), bytes))))));
        upload.setAcceptedFileTypes(
                ".csv",
                ".tsv",
                ".txt",
                ".xlsx",
                "text/csv",
                "text/tab-separated-values",
                "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> summary.setText("That file was not accepted: " + e.getErrorMessage()
                + " Upload a CSV, tab-separated or XLSX file of at most 20 MB."));
        mode.setItems(DRAFTS, SUBMIT);
        mode.setValue(DRAFTS);
        mode.addValueChangeListener(e -> {
            if (rows != null) {
                preview(() -> rows);
            }
        });
        pasted.setWidthFull();
        Button previewPasted =
                new Button("Preview the pasted table", click -> preview(() -> TableFile.readText(pasted.getValue())));
        refused.addColumn(ReturnImportRow::line)
                .setHeader("Line")
                .setKey("line")
                .setAutoWidth(true);
        refused.addColumn(ReturnImportRow::urn).setHeader("URN").setKey("urn").setAutoWidth(true);
        refused.addColumn(ReturnImportRow::schoolName).setHeader("School").setKey("school");
        refused.addColumn(row -> String.join("; ", row.problems()))
                .setHeader("Why it will not be saved")
                .setKey("problems")
                .setFlexGrow(3);
        refused.addClassName("wrap-cells");
        refused.setAriaLabel("Rows that will not be saved");
        refused.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> commit());
        add(
                new Paragraph("Columns: URN, then one column per field headed by its label or code ("
                        + String.join(
                                ", ",
                                collection.draft().fields().stream()
                                        .map(FieldDefinition::label)
                                        .toList())
                        + "). Write 'N/A: the reason' for a figure that does not apply, and add a column headed '<field> comment' for comments. "
                        + "A row with any problem saves nothing; the other rows are saved."),
                mode,
                upload,
                pasted,
                previewPasted,
                summary,
                refused);
        getFooter().add(new Button("Cancel", click -> close()), importButton);
    }

    void preview(Supplier<List<List<String>>> read) {
        ReturnImportPreview preview;
        try {
            rows = read.get();
            preview = imports.preview(collection.id(), rows, submitting());
        } catch (InvalidInputException e) {
            rows = null;
            show(e.getMessage(), List.of(), false);
            return;
        }
        if (preview.fileProblem() != null) {
            show(preview.fileProblem(), List.of(), false);
            return;
        }
        show(
                preview.validRows() + " rows ready to " + (submitting() ? "submit" : "save as drafts") + "; "
                        + preview.refused().size() + " rows with problems, which will not be saved.",
                preview.refused(),
                preview.validRows() > 0);
    }

    private void show(String text, List<ReturnImportRow> problems, boolean importable) {
        summary.setText(text);
        refused.setItems(problems);
        refused.setVisible(!problems.isEmpty());
        importButton.setEnabled(importable);
    }

    private boolean submitting() {
        return SUBMIT.equals(mode.getValue());
    }

    private void commit() {
        ReturnImportPreview done = imports.importRows(collection.id(), rows, submitting());
        Notification.show(done.validRows() + " returns " + (submitting() ? "submitted" : "saved as drafts") + "; "
                + done.refused().size() + " rows not saved.");
        close();
        afterImport.run();
    }
}
