package org.sendplan.portal.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one way to write an address inside a local authority's part of the portal ({@code /t/<slug>/...}):
 * for links on screens, links in notifications and e-mails (prefixed with the configured base URL there),
 * and comment targets. Modules keep their own typed links ({@code PlanLinks}, {@code FinanceLinks}) on
 * top of it, so the shape of an address is written once.
 */
public final class TenantAddress {

    private TenantAddress() {}

    /** An absolute path, for hrefs and stored links: {@code /t/warwickshire/plans/<id>}. */
    public static String of(String tenantSlug, Object... path) {
        return "/" + route(tenantSlug, path);
    }

    /** The same address as a Vaadin route location (no leading slash), for navigate and forwardTo. */
    public static String route(String tenantSlug, Object... path) {
        String rest = Arrays.stream(path).map(String::valueOf).collect(Collectors.joining("/"));
        return "t/" + tenantSlug + (rest.isEmpty() ? "" : "/" + rest);
    }
}
