package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.math.BigDecimal;
import org.sendplan.portal.common.Rag;

/**
 * A KPI's RAG for one period with the reason in words. Computed from the figure, the target, the
 * direction and the amber tolerance; nobody types it. Grey says which of figure or target is missing.
 */
public record KpiStatus(Rag rag, String reason) implements Serializable {

    /**
     * Green on or beyond the target; amber when short of it by no more than the tolerance (in the
     * KPI's own unit, so percentage points for a percentage); red beyond that.
     */
    public static KpiStatus of(BigDecimal value, BigDecimal target, Direction direction, BigDecimal tolerance) {
        if (value == null) {
            return new KpiStatus(Rag.GREY, "No data");
        }
        if (target == null) {
            return new KpiStatus(Rag.GREY, "No target for this period");
        }
        BigDecimal ahead = direction == Direction.HIGHER_IS_BETTER ? value.subtract(target) : target.subtract(value);
        if (ahead.signum() >= 0) {
            return new KpiStatus(Rag.GREEN, "On or better than target");
        }
        if (ahead.negate().compareTo(tolerance) <= 0) {
            return new KpiStatus(Rag.AMBER, "Short of target, within tolerance");
        }
        return new KpiStatus(Rag.RED, "Short of target beyond tolerance");
    }

    /** The figure against the previous period's; not known when either is missing. */
    public static Trend trend(BigDecimal value, BigDecimal previous, Direction direction) {
        if (value == null || previous == null) {
            return Trend.NOT_KNOWN;
        }
        int change = value.compareTo(previous);
        if (change == 0) {
            return Trend.UNCHANGED;
        }
        return (change > 0) == (direction == Direction.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
    }

    /** "Amber – at risk (short of target, within tolerance)". */
    public String describe() {
        return rag.label() + " – " + rag.meaning().toLowerCase()
                + (rag == Rag.GREY && reason.equals("No data") ? "" : " (" + reason.toLowerCase() + ")");
    }
}
