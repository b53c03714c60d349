package org.sendplan.portal.kpis.ui;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;

/** Bookmarkable addresses of KPI screens, and reading the figures people type into them. */
final class KpiLinks {

    private KpiLinks() {}

    static String tenant(CurrentUser currentUser) {
        return currentUser.tenantSlug();
    }

    static String kpis(String tenant) {
        return TenantAddress.of(tenant, "kpis");
    }

    static String kpi(String tenant, UUID id) {
        return kpis(tenant) + "/" + id;
    }

    static String action(String tenant, UUID planId, UUID actionId) {
        return TenantAddress.of(tenant, "plans", planId, "actions", actionId);
    }

    static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "1,234", "64.5%" or "£12,000" as a number; blank is null. A typo is refused against its field. */
    static BigDecimal figure(String text, String field, String what) {
        String cleaned = text == null
                ? ""
                : text.trim().replace(",", "").replace("£", "").replace("%", "").trim();
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, what + ": '" + text.trim() + "' is not a number like 42 or 64.5");
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
