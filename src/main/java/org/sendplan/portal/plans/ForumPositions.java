package org.sendplan.portal.plans;

import java.util.Optional;
import java.util.UUID;

/**
 * The parent carer forum's position on a plan version, kept by another module so plans need not
 * depend on it. The board reads it before approving; a tenant may make it a precondition.
 */
public interface ForumPositions {

    /** How the forum stands on the version, in one line for the board ("Endorsed with reservations: …"); empty when none is recorded. */
    Optional<String> positionOn(UUID planId, int versionNumber);

    /** Whether this local authority refuses board approval until the forum has recorded a position. */
    boolean requiredBeforeApproval();
}
