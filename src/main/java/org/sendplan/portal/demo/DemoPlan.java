package org.sendplan.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.PlanDraft;
import org.sendplan.portal.plans.PlanImportService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.PlanTableUpload;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A small delivery plan in each demo tenant, imported through the same import as an officer's, and
 * sent out for consultation so parent carers and schools see it too.
 */
@Component
class DemoPlan {

    private final PlanService plans;
    private final PlanImportService imports;
    private final PlanLifecycle lifecycle;

    DemoPlan(PlanService plans, PlanImportService imports, PlanLifecycle lifecycle) {
        this.plans = plans;
        this.imports = imports;
        this.lifecycle = lifecycle;
    }

    /** Runs inside the tenant's scope, briefly with an officer's authority added to the demo runner's. */
    PlanSummary seed(String tenantName) {
        Authentication runner = SecurityContextHolder.getContext().getAuthentication();
        var authorities = new ArrayList<GrantedAuthority>(runner.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Role.LA_OFFICER.authority()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(runner.getName(), null, authorities));
        try {
            PlanSummary plan = plans.create(new PlanDraft(tenantName + " SEND & Inclusion delivery plan (demo)",
                    FinancialYear.parse("2025/26"), FinancialYear.parse("2027/28"), null));
            imports.importTable(plan.id(), PlanTableUpload.of("demo-plan.tsv", table()));
            return lifecycle.moveTo(plan.id(), plans.plan(plan.id()).orElseThrow().version(), PlanStatus.CONSULTATION);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(runner);
        }
    }

    private static byte[] table() {
        try (InputStream in = DemoPlan.class.getResourceAsStream("/demo/demo-plan.tsv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
