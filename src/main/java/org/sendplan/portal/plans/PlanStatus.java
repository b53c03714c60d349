package org.sendplan.portal.plans;

import java.util.EnumSet;
import java.util.Set;
import org.sendplan.portal.tenancy.Role;

/** Where a plan is in its life: draft → consultation → approved → active → closed. */
public enum PlanStatus {
    DRAFT("Draft"),
    CONSULTATION("In consultation"),
    APPROVED("Approved"),
    ACTIVE("Active"),
    CLOSED("Closed");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parents, carers and schools read a plan once it is out for consultation, never a draft. */
    public boolean openToPartners() {
        return this == CONSULTATION || this == APPROVED || this == ACTIVE;
    }

    /** The role that may make each move; approval is the board's, the rest are the officers' work. */
    public Set<Role> whoMayMoveTo(PlanStatus target) {
        return switch (this) {
            case DRAFT -> target == CONSULTATION ? EnumSet.of(Role.LA_OFFICER) : EnumSet.noneOf(Role.class);
            case CONSULTATION ->
                switch (target) {
                    case APPROVED -> EnumSet.of(Role.BOARD_MEMBER);
                    case DRAFT -> EnumSet.of(Role.LA_OFFICER);
                    default -> EnumSet.noneOf(Role.class);
                };
            case APPROVED -> target == ACTIVE ? EnumSet.of(Role.LA_OFFICER) : EnumSet.noneOf(Role.class);
            case ACTIVE ->
                target == CLOSED ? EnumSet.of(Role.LA_OFFICER, Role.BOARD_MEMBER) : EnumSet.noneOf(Role.class);
            case CLOSED -> EnumSet.noneOf(Role.class);
        };
    }
}
