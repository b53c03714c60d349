package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Supplier;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.TableFile;
import org.sendplan.portal.finance.Disagreement;
import org.sendplan.portal.finance.ImportPreview;

/**
 * Upload or paste a table, see what it would import and every printed total that disagrees with the
 * computed one, then import. Importing replaces the table's lines in one go; totals are never imported.
 */
class FinanceImportDialog<L> extends Dialog {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final FinanceImport<L> target;
    private final Runnable afterImport;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Grid<Disagreement> disagreements = new Grid<>(Disagreement.class, false);
    private final Checkbox acknowledged =
            new Checkbox("I have seen the disagreements: import the lines and let the portal compute the totals");
    private final TextArea pasted = new TextArea("Or paste the table here");
    private final Button importButton = new Button("Import");
    private ImportPreview<L> preview;

    FinanceImportDialog(FinanceImport<L> target, Runnable afterImport) {
        this.target = target;
        this.afterImport = afterImport;
        setHeaderTitle("Import lines");
        setWidth("min(64rem, 100vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> showPreview(() -> TableFile.read(metadata.fileName(), bytes))))));
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
                + " Upload a CSV, tab-separated or XLSX file of at most 2 MB."));
        pasted.setWidthFull();
        pasted.setHelperText("Copy the rows, with their heading row, from a spreadsheet or a paper");
        Button previewPasted = new Button(
                "Preview the pasted table", click -> showPreview(() -> TableFile.readText(pasted.getValue())));
        disagreements
                .addColumn(Disagreement::row)
                .setHeader("Row")
                .setKey("row")
                .setAutoWidth(true);
        disagreements
                .addColumn(Disagreement::total)
                .setHeader("Printed total")
                .setKey("total")
                .setFlexGrow(2);
        disagreements
                .addColumn(Disagreement::column)
                .setHeader("Year or column")
                .setKey("column");
        disagreements
                .addColumn(d -> Money.format(d.printed()))
                .setHeader("Printed")
                .setKey("printed");
        disagreements
                .addColumn(d -> Money.format(d.computed()))
                .setHeader("Computed from the lines")
                .setKey("computed");
        disagreements.setAllRowsVisible(true);
        disagreements.setAriaLabel("Printed totals that disagree with the computed totals");
        disagreements.setVisible(false);
        acknowledged.setVisible(false);
        acknowledged.addValueChangeListener(e -> enableImport());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> commit());
        add(
                new Paragraph(target.layout()
                        + " Rows labelled as totals are checked against the portal's own totals, not imported. "
                        + "Importing replaces the current lines."),
                upload,
                pasted,
                previewPasted,
                summary,
                problems,
                disagreements,
                acknowledged);
        getFooter().add(new Button("Cancel", click -> close()), importButton);
    }

    void showPreview(Supplier<List<List<String>>> rows) {
        problems.removeAll();
        acknowledged.setValue(false);
        try {
            preview = target.preview().apply(rows.get());
        } catch (InvalidInputException e) {
            preview = null;
            summary.setText(e.getMessage());
            disagreements.setVisible(false);
            acknowledged.setVisible(false);
            enableImport();
            return;
        }
        preview.problems().forEach(problem -> problems.add(new ListItem(problem)));
        summary.setText(preview.lines().size() + (preview.lines().size() == 1 ? " line" : " lines") + " to import; "
                + preview.problems().size() + " rows with problems"
                + (preview.problems().isEmpty() ? "" : " (fix them and try again)") + "; "
                + preview.printedTotalsChecked() + " printed total rows checked, "
                + preview.disagreements().size()
                + (preview.disagreements().size() == 1 ? " disagreement." : " disagreements."));
        disagreements.setItems(preview.disagreements());
        disagreements.setVisible(!preview.disagreements().isEmpty());
        acknowledged.setVisible(!preview.disagreements().isEmpty());
        enableImport();
    }

    private void enableImport() {
        importButton.setEnabled(preview != null
                && preview.importable()
                && (preview.disagreements().isEmpty() || acknowledged.getValue()));
    }

    private void commit() {
        target.save().accept(preview.lines());
        Notification.show(preview.lines().size() + " lines imported.");
        close();
        afterImport.run();
    }
}
