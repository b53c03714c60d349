package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.sendplan.portal.finance.ExportTable;

/** Download links for a table as CSV and XLSX, built when clicked so they carry the latest figures. */
class ExportLinks extends HorizontalLayout {

    ExportLinks(Supplier<ExportTable> table) {
        add(
                link("Download as CSV", table, "csv", "text/csv"),
                link(
                        "Download as XLSX",
                        table,
                        "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static Anchor link(String text, Supplier<ExportTable> table, String extension, String contentType) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ExportTable export = table.get();
                    byte[] bytes = extension.equals("csv") ? export.csv() : export.xlsx();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            export.fileName() + "." + extension,
                            contentType,
                            bytes.length);
                }),
                text);
        anchor.addClassName("finance-download");
        return anchor;
    }
}
