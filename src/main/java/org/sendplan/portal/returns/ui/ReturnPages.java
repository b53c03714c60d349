package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.returns.ReturnStatus;

/** Small pieces the returns screens share. */
final class ReturnPages {

    private ReturnPages() {}

    static Optional<UUID> idFrom(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "/t/<tenant>/", the start of every link in the signed-in person's tenant. */
    static String tenantBase(CurrentUser currentUser) {
        return TenantAddress.of(currentUser.tenantSlug()) + "/";
    }

    static String day(LocalDate date) {
        return DisplayFormats.DAY.format(date);
    }

    /** A status as a coloured label, like the RAG labels: green accepted, amber queried, grey otherwise. */
    static Span status(ReturnStatus status) {
        Span label = new Span(status.label());
        label.addClassNames(
                "rag",
                status == ReturnStatus.ACCEPTED
                        ? "rag-green"
                        : status == ReturnStatus.QUERIED ? "rag-amber" : "rag-grey");
        return label;
    }
}
