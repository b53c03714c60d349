package org.sendplan.portal.returns.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.returns.FieldEntry;
import org.sendplan.portal.returns.ReturnRules;

/** A school's answer to one field: a figure, or not applicable with the reason; the LA's query on it, if any. */
@Entity
@Table(name = "return_value")
public class ReturnValue {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "field_id")
    private UUID fieldId;

    private BigDecimal figure;

    @Column(name = "not_applicable_reason")
    private String notApplicableReason;

    private String comment;

    private String query;

    protected ReturnValue() {}

    ReturnValue(UUID fieldId) {
        this.id = UUID.randomUUID();
        this.fieldId = fieldId;
    }

    void answer(FieldEntry entry, BigDecimal checkedFigure) {
        this.figure = entry.notApplicable() ? null : checkedFigure;
        this.notApplicableReason = entry.notApplicable() ? entry.reason().trim() : null;
        this.comment = entry.comment() == null || entry.comment().isBlank()
                ? null
                : entry.comment().trim();
    }

    void query(String text) {
        this.query = text == null || text.isBlank() ? null : text.trim();
    }

    UUID fieldId() {
        return fieldId;
    }

    BigDecimal figure() {
        return figure;
    }

    String query() {
        return query;
    }

    FieldEntry toEntry() {
        return new FieldEntry(
                figure == null ? "" : ReturnRules.format(figure).replace(",", ""),
                notApplicableReason != null,
                notApplicableReason == null ? "" : notApplicableReason,
                comment == null ? "" : comment);
    }
}
