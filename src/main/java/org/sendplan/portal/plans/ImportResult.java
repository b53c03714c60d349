package org.sendplan.portal.plans;

/** What an import did. */
public record ImportResult(int themesAdded, int actionsAdded, int actionsUpdated, int actionsUnchanged) {

    public String describe() {
        if (actionsAdded == 0 && actionsUpdated == 0) {
            return "Nothing changed: every action in the table is already in the plan as it is.";
        }
        return actionsAdded + " actions added, " + actionsUpdated + " updated, " + actionsUnchanged + " unchanged; "
                + themesAdded + " new themes.";
    }
}
