package org.sendplan.portal.plans;

import java.util.UUID;

/** A member of the local authority, as an action's owner. */
public record PlanPerson(UUID id, String name) {}
