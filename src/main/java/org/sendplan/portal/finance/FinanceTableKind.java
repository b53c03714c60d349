package org.sendplan.portal.finance;

import java.util.UUID;
import org.sendplan.portal.common.TenantAddress;

/** The finance tables a local authority may publish to its parent carers and schools, with the address of each. */
public enum FinanceTableKind {
    FORECAST("High Needs forecast", "forecasts"),
    SAVINGS("Savings", "savings"),
    PLAN_SAVINGS("Savings from the plan", "plan-savings"),
    PROPOSAL("Resource proposal", "proposals");

    private final String label;
    private final String path;

    FinanceTableKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    public String address(String tenant, UUID id) {
        return TenantAddress.of(tenant, "finance", path, id);
    }
}
