package org.sendplan.portal.returns.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldType;
import org.sendplan.portal.returns.KpiPart;

/** One figure a collection asks for, with its rules. */
@Entity
@Table(name = "return_field")
public class ReturnField {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private int position;

    private String code;

    private String label;

    @Enumerated(EnumType.STRING)
    private FieldType type;

    private boolean required;

    private BigDecimal minimum;

    private BigDecimal maximum;

    @Column(name = "not_more_than")
    private String notMoreThan;

    @Column(name = "change_threshold_percent")
    private BigDecimal changeThresholdPercent;

    @Column(name = "kpi_id")
    private UUID kpiId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kpi_part")
    private KpiPart kpiPart;

    protected ReturnField() {}

    ReturnField(int position, FieldDefinition definition) {
        this.id = UUID.randomUUID();
        this.position = position;
        apply(definition);
    }

    void apply(FieldDefinition definition) {
        this.code = definition.code();
        this.label = definition.label().trim();
        this.type = definition.type();
        this.required = definition.required();
        this.minimum = definition.minimum();
        this.maximum = definition.maximum();
        this.notMoreThan = definition.notMoreThan();
        this.changeThresholdPercent = definition.changeThresholdPercent();
        this.kpiId = definition.kpiId();
        this.kpiPart = definition.kpiId() == null ? null : definition.kpiPart();
    }

    FieldDefinition toDefinition() {
        return new FieldDefinition(
                id, code, label, type, required, minimum, maximum, notMoreThan, changeThresholdPercent, kpiId, kpiPart);
    }
}
