package org.sendplan.portal.plans;

import java.util.UUID;

public record ThemeDetails(UUID id, String title, int position, long actionCount) {}
