package org.sendplan.portal.returns;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A return with everything its page shows. Answers, previous figures and queries are keyed by field code.
 *
 * @param previous the school's accepted figures of the previous period of the same series
 */
public record SchoolReturnDetails(
        ReturnSummary summary,
        DataCollectionDetails collection,
        Map<String, FieldEntry> entries,
        Map<String, BigDecimal> previous,
        Map<String, String> fieldQueries,
        String overallQuery,
        List<ReturnStepRecord> steps,
        long version)
        implements Serializable {

    public List<FieldDefinition> fields() {
        return collection.draft().fields();
    }

    public ReturnStatus status() {
        return summary.status();
    }

    public FieldEntry entry(String code) {
        return entries.getOrDefault(code, FieldEntry.EMPTY);
    }
}
