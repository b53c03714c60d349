package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingPeriod;

/** Checks a KPI's definition field by field and reads its periods against its frequency. */
final class DraftRules {

    /** The draft's periods, read. */
    record Checked(ReportingPeriod baselinePeriod, Map<ReportingPeriod, BigDecimal> targets) {}

    private DraftRules() {}

    static Checked check(KpiDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "Give the KPI a name");
        }
        if (draft.name().trim().length() > 300) {
            throw new InvalidInputException("name", "Keep the name to 300 characters");
        }
        require(draft.unit(), "unit", "Choose a unit");
        require(draft.direction(), "direction", "Say whether higher or lower is better");
        require(draft.frequency(), "frequency", "Choose how often it is reported");
        require(draft.source(), "source", "Choose where its figures come from");
        if (draft.amberTolerance() == null) {
            throw new InvalidInputException("amberTolerance", "Enter the amber tolerance (0 if any shortfall is red)");
        }
        if (draft.amberTolerance().signum() < 0) {
            throw new InvalidInputException("amberTolerance", "The amber tolerance cannot be negative");
        }
        ReportingPeriod baseline = null;
        boolean hasBaselinePeriod =
                draft.baselinePeriod() != null && !draft.baselinePeriod().isBlank();
        if (draft.baselineValue() != null && !hasBaselinePeriod) {
            throw new InvalidInputException(
                    "baselinePeriod",
                    "Say which period the baseline is for, like "
                            + draft.frequency().example());
        }
        if (hasBaselinePeriod) {
            if (draft.baselineValue() == null) {
                throw new InvalidInputException(
                        "baselineValue",
                        "Enter the baseline figure for "
                                + draft.baselinePeriod().trim());
            }
            baseline = period(draft, draft.baselinePeriod(), "baselinePeriod", "Baseline: ");
            checkPercentage(draft, draft.baselineValue(), "baselineValue", "The baseline");
        }
        Map<ReportingPeriod, BigDecimal> targets = new TreeMap<>();
        for (KpiTargetDraft target : draft.targets()) {
            ReportingPeriod period = period(draft, target.period(), "targets", "Targets: ");
            if (target.target() == null) {
                throw new InvalidInputException("targets", "Targets: enter a target for " + period.label());
            }
            checkPercentage(draft, target.target(), "targets", "Targets: the target for " + period.label());
            if (targets.put(period, target.target()) != null) {
                throw new InvalidInputException("targets", "Targets: " + period.label() + " has two targets; keep one");
            }
        }
        return new Checked(baseline, targets);
    }

    private static ReportingPeriod period(KpiDraft draft, String text, String field, String prefix) {
        try {
            return ReportingPeriod.parse(draft.frequency(), text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    field,
                    prefix + e.getMessage() + " (the KPI is reported "
                            + draft.frequency().label().toLowerCase() + ")");
        }
    }

    private static void checkPercentage(KpiDraft draft, BigDecimal value, String field, String what) {
        if (value.signum() < 0) {
            throw new InvalidInputException(field, what + " cannot be negative");
        }
        if (draft.unit() == KpiUnit.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, what + " is a percentage, so at most 100");
        }
    }

    private static void require(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
    }
}
