package org.sendplan.portal.returns;

import java.io.Serializable;
import java.util.List;

/** The LA's view of a collection: every school's return, completion by planning area, and the accepted sums per field. */
public record CollectionProgress(
        DataCollectionDetails collection,
        List<ReturnSummary> returns,
        List<AreaProgress> byArea,
        List<FieldTotal> totals)
        implements Serializable {

    public List<ReturnSummary> overdue() {
        return returns.stream().filter(ReturnSummary::overdue).toList();
    }

    public List<ReturnSummary> queried() {
        return returns.stream().filter(r -> r.status() == ReturnStatus.QUERIED).toList();
    }

    public long count(ReturnStatus status) {
        return returns.stream().filter(r -> r.status() == status).count();
    }
}
