package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendplan.portal.participation.ConsultationExport;

/** Downloads of a consultation's answers, built when clicked so they hold every answer given so far. */
class ExportLinks extends HorizontalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ExportLinks(Supplier<ConsultationExport> export) {
        add(
                link("Summary per question (CSV)", export, e -> e.summary().csv(), "-summary.csv", "text/csv"),
                link("Every answer (CSV)", export, e -> e.answers().csv(), "-answers.csv", "text/csv"),
                link("Summary and answers (XLSX)", export, ConsultationExport::xlsx, ".xlsx", XLSX));
    }

    private static Anchor link(
            String text,
            Supplier<ConsultationExport> export,
            Function<ConsultationExport, byte[]> content,
            String suffix,
            String contentType) {
        return new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ConsultationExport file = export.get();
                    byte[] bytes = content.apply(file);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file.fileName() + suffix, contentType, bytes.length);
                }),
                text);
    }
}
