package org.sendplan.portal.identity;

import java.util.UUID;

public record AccountSummary(UUID id, String username, String displayName, String email, boolean platformAdmin) {}
