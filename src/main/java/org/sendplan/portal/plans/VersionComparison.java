package org.sendplan.portal.plans;

import java.util.List;

/** How one version of a plan differs from another: actions added, removed, and changed field by field. */
public record VersionComparison(
        String fromLabel, String toLabel, List<String> added, List<String> removed, List<FieldChange> changed) {

    public record FieldChange(String activity, String field, String from, String to) {}

    public boolean same() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
