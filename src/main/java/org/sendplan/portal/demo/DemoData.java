package org.sendplan.portal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.administration.MemberDirectory;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationDraft;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo tenants and one account per role, so a newcomer can look around at once. Goes through the
 * same services, rules and row-level security as any administrator. Does nothing if already present.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TenantService tenants;
    private final TenantOnboarding onboarding;
    private final OrganisationService organisations;
    private final MemberDirectory members;
    private final AccountService accounts;
    private final DemoResourceProposal resourceProposal;
    private final DemoPlan demoPlan;
    private final DemoFundingStatements fundingStatements;
    private final DemoKpis demoKpis;
    private final DemoForecast demoForecast;
    private final DemoReturns demoReturns;
    private final DemoComments comments;
    private final DemoParticipation participation;

    DemoData(
            TenantService tenants,
            TenantOnboarding onboarding,
            OrganisationService organisations,
            MemberDirectory members,
            AccountService accounts,
            DemoResourceProposal resourceProposal,
            DemoPlan demoPlan,
            DemoFundingStatements fundingStatements,
            DemoKpis demoKpis,
            DemoForecast demoForecast,
            DemoReturns demoReturns,
            DemoComments comments,
            DemoParticipation participation) {
        this.participation = participation;
        this.demoKpis = demoKpis;
        this.demoReturns = demoReturns;
        this.comments = comments;
        this.resourceProposal = resourceProposal;
        this.fundingStatements = fundingStatements;
        this.demoPlan = demoPlan;
        this.demoForecast = demoForecast;
        this.tenants = tenants;
        this.onboarding = onboarding;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.findBySlug(DemoTenants.ALL.getFirst().slug()).isPresent()) {
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "demo-data",
                        null,
                        AuthorityUtils.createAuthorityList(
                                Role.PLATFORM_ADMIN.authority(), Role.TENANT_ADMIN.authority())));
        try {
            accounts.ensurePlatformAdmin("platform.admin", "Pat Operator", PASSWORD);
            for (DemoTenant demo : DemoTenants.ALL) {
                seed(demo);
            }
            addConsultant();
            TenantContext.runAs(
                    TenantScope.ofTenant(
                            tenants.findBySlug("solihull").orElseThrow().id()),
                    resourceProposal::seed);
            log.info(
                    "Demo data created: {} local authorities; every demo account's password is '{}'",
                    DemoTenants.ALL.size(),
                    PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(DemoTenant demo) {
        TenantSummary tenant = onboarding.onboard(
                new NewTenant(demo.name(), demo.slug(), demo.laCode(), demo.region(), demo.statisticalNeighbours()),
                new NewAccount(
                        demo.slug() + ".admin",
                        "Alex Admin (" + shortName(demo) + ")",
                        demo.slug() + ".admin@example.org",
                        PASSWORD));
        TenantContext.runAs(TenantScope.ofTenant(tenant.id()), () -> {
            OrganisationDetails forum = organisations.create(
                    new OrganisationDraft(OrganisationKind.PARENT_CARER_FORUM, demo.forum(), null, null, null));
            OrganisationDetails board =
                    organisations.create(new OrganisationDraft(OrganisationKind.BOARD, demo.board(), null, null, null));
            organisations.create(
                    new OrganisationDraft(OrganisationKind.HEALTH_PARTNER, demo.healthPartner(), null, null, null));
            OrganisationDetails team = organisations.create(
                    new OrganisationDraft(OrganisationKind.LA_TEAM, demo.laTeam(), null, null, null));
            UUID firstSchool = null;
            for (DemoTenant.School school : demo.schools()) {
                OrganisationDetails created = organisations.create(new OrganisationDraft(
                        OrganisationKind.SCHOOL, school.name(), school.urn(), school.phase(), school.planningArea()));
                firstSchool = firstSchool == null ? created.id() : firstSchool;
            }
            addMember(demo, "officer", "Olu Officer", Set.of(Role.LA_OFFICER), team.id());
            addMember(demo, "finance", "Fran Finance", Set.of(Role.FINANCE_OFFICER), team.id());
            addMember(demo, "board", "Bea Board", Set.of(Role.BOARD_MEMBER), board.id());
            addMember(demo, "parent", "Parveen Parent", Set.of(Role.PARENT_CARER), forum.id());
            addMember(demo, "forumlead", "Lee Forum-Lead", EnumSet.of(Role.PARENT_CARER, Role.FORUM_LEAD), forum.id());
            addMember(demo, "school", "Sam Senco", Set.of(Role.SCHOOL_EDITOR), firstSchool);
            PlanSummary plan = demoPlan.seed(demo.name());
            demoForecast.seed(plan.id());
            comments.seed(tenant, plan);
            participation.seed(demo.slug(), plan.id());
            fundingStatements.seed(demo.slug(), demo.schools().getFirst().urn());
            demoKpis.seed();
            demoReturns.seed();
        });
    }

    /** One person in two tenants, to show choosing a tenant after sign-in. */
    private void addConsultant() {
        for (String slug : List.of("warwickshire", "solihull")) {
            TenantSummary tenant = tenants.findBySlug(slug).orElseThrow();
            TenantContext.runAs(
                    TenantScope.ofTenant(tenant.id()),
                    () -> members.addMember(
                            new NewAccount("consultant", "Casey Consultant", "consultant@example.org", PASSWORD),
                            Set.of(Role.LA_OFFICER),
                            null));
        }
    }

    private void addMember(DemoTenant demo, String suffix, String name, Set<Role> roles, UUID organisationId) {
        members.addMember(
                new NewAccount(
                        demo.slug() + "." + suffix,
                        name + " (" + shortName(demo) + ")",
                        demo.slug() + "." + suffix + "@example.org",
                        PASSWORD),
                roles,
                organisationId);
    }

    private static String shortName(DemoTenant demo) {
        return Character.toUpperCase(demo.slug().charAt(0)) + demo.slug().substring(1);
    }
}
