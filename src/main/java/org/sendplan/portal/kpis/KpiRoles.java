package org.sendplan.portal.kpis;

/** Who may read KPIs and who may change them; school editors reach KPIs only through their returns. */
final class KpiRoles {

    static final String READERS =
            "hasAnyRole('LA_OFFICER', 'TENANT_ADMIN', 'FINANCE_OFFICER', 'BOARD_MEMBER', 'PARENT_CARER', 'FORUM_LEAD')";
    static final String EDITORS = "hasAnyRole('LA_OFFICER', 'TENANT_ADMIN')";

    private KpiRoles() {}
}
