package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.util.UUID;

/** A plan action a KPI measures, with what its page link needs. */
public record LinkedAction(UUID id, UUID planId, String activity) implements Serializable {}
