package org.sendplan.portal.finance;

/** Why an item is asked for, in the headings resource proposals use. */
public enum ProposalCategory {
    COST_AVOIDANCE("Cost avoidance"),
    IMPROVEMENT_CAPACITY("Improvement capacity"),
    DEMAND_PRESSURE("Demand pressure"),
    EARLIER_ALLOCATION_CONTINUED("Earlier allocation continued");

    private final String label;

    ProposalCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
