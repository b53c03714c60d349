package org.sendplan.portal.participation;

import java.time.Instant;

/** Whether board approval waits for the forum's position; {@code version} is null until first changed. */
public record SignOffSetting(boolean required, String changedBy, Instant changedAt, Long version) {

    static final SignOffSetting DEFAULT = new SignOffSetting(false, null, null, null);
}
