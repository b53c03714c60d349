package org.sendplan.portal.returns;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/**
 * One figure a collection asks each school for, with its rules.
 *
 * @param id                     null until the collection is saved
 * @param code                   the column heading in uploads; made from the label when blank
 * @param notMoreThan            the code of another field this one may not exceed ("with an EHC plan" ≤ "on roll")
 * @param changeThresholdPercent a comment is required when the figure moves by more than this share
 *                               from the school's accepted figure of the previous period; null for never
 * @param kpiId                  the KPI the field feeds, or null when it stands alone
 */
public record FieldDefinition(
        UUID id,
        String code,
        String label,
        FieldType type,
        boolean required,
        BigDecimal minimum,
        BigDecimal maximum,
        String notMoreThan,
        BigDecimal changeThresholdPercent,
        UUID kpiId,
        KpiPart kpiPart)
        implements Serializable {

    public static FieldDefinition wholeNumber(String label, boolean required) {
        return new FieldDefinition(
                null, null, label, FieldType.WHOLE_NUMBER, required, BigDecimal.ZERO, null, null, null, null, null);
    }

    public FieldDefinition withCode(String newCode) {
        return new FieldDefinition(
                id,
                newCode,
                label,
                type,
                required,
                minimum,
                maximum,
                notMoreThan,
                changeThresholdPercent,
                kpiId,
                kpiPart);
    }

    public FieldDefinition notMoreThan(String otherCode) {
        return new FieldDefinition(
                id, code, label, type, required, minimum, maximum, otherCode, changeThresholdPercent, kpiId, kpiPart);
    }

    public FieldDefinition commentAbove(BigDecimal percent) {
        return new FieldDefinition(
                id, code, label, type, required, minimum, maximum, notMoreThan, percent, kpiId, kpiPart);
    }

    public FieldDefinition feeding(UUID kpi, KpiPart part) {
        return new FieldDefinition(
                id, code, label, type, required, minimum, maximum, notMoreThan, changeThresholdPercent, kpi, part);
    }

    /** "Pupils with an EHC plan" becomes "pupils_with_an_ehc_plan". */
    public static String codeFor(String label) {
        return label.trim().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
