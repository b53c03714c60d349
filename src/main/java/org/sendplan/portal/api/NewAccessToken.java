package org.sendplan.portal.api;

/** A token just created: the only moment its secret exists outside the caller's system. */
public record NewAccessToken(AccessTokenSummary token, String secret) {}
