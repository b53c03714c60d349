package org.sendplan.portal.returns;

/** What someone does to a return: the school saves or submits, the LA queries, accepts or reopens. */
public enum ReturnAction {
    SAVE_DRAFT("Saved a draft"),
    SUBMIT("Submitted"),
    QUERY("Queried"),
    ACCEPT("Accepted"),
    REOPEN("Reopened");

    private final String pastTense;

    ReturnAction(String pastTense) {
        this.pastTense = pastTense;
    }

    /** How the return's history names the step. */
    public String pastTense() {
        return pastTense;
    }
}
