package org.sendplan.portal.api.internal;

import java.util.UUID;

/** Says that an authentication came from an access token, and which. */
record AccessTokenDetails(UUID tokenId) {}
