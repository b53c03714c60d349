package org.sendplan.portal.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationDraft;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The roll-up at a large county's scale: 500 schools returning 20 collected KPIs for one term
 * (10,000 figures). Writes its figures to target/benchmarks/kpi-rollup.txt; it times, it does not judge.
 * Run with {@code ./mvnw verify -Pbenchmark -Dtest=KpiRollUpBenchmark}.
 */
@Tag("benchmark")
@PortalTest
class KpiRollUpBenchmark {

    private static final int SCHOOLS = 500;
    private static final int KPIS = 20;
    private static final int REPEATS = 5;
    private static final String[] AREAS = {"North", "Nuneaton & Bedworth", "East", "Central", "South"};
    private static final SchoolPhase[] PHASES = {SchoolPhase.PRIMARY, SchoolPhase.SECONDARY, SchoolPhase.SPECIAL};

    @Autowired
    TenantOnboarding onboarding;

    @Autowired
    OrganisationService organisations;

    @Autowired
    KpiService kpis;

    @Autowired
    KpiCollection collection;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rollUpOf500SchoolsAnd20CollectedKpis() throws IOException {
        signInWith(Role.PLATFORM_ADMIN);
        TenantSummary tenant = onboarding.onboard(
                new NewTenant("Benchmark County Council", "benchmark", "999", "West Midlands", List.of()),
                new NewAccount(
                        "benchmark.admin",
                        "Benchmark Admin",
                        "benchmark.admin@example.org",
                        "benchmark-password-2026"));
        signInWith(Role.TENANT_ADMIN, Role.LA_OFFICER);
        List<String> lines = TenantContext.callAs(TenantScope.ofTenant(tenant.id()), this::measure);
        Path file = Path.of(System.getProperty("benchmarks.dir", "target/benchmarks"))
                .resolve("kpi-rollup.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        assertThat(file).exists();
    }

    private List<String> measure() {
        long start = System.nanoTime();
        List<UUID> schools = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            OrganisationDetails school = organisations.create(new OrganisationDraft(
                    OrganisationKind.SCHOOL,
                    "School " + i,
                    String.valueOf(800000 + i),
                    PHASES[i % PHASES.length],
                    AREAS[i % AREAS.length]));
            schools.add(school.id());
        }
        long schoolsMs = millisSince(start);
        List<UUID> kpiIds = new ArrayList<>();
        for (int k = 0; k < KPIS; k++) {
            KpiDraft d = KpiFixtures.collectedPercentage("Benchmark KPI " + k);
            kpiIds.add(kpis.create(new KpiDraft(
                            d.name(),
                            d.definition(),
                            d.unit(),
                            d.direction(),
                            d.frequency(),
                            null,
                            null,
                            d.amberTolerance(),
                            d.source(),
                            Set.of(KpiBreakdown.PLANNING_AREA, KpiBreakdown.SCHOOL_PHASE),
                            d.targets()))
                    .id());
        }
        ReportingPeriod spring = ReportingPeriod.parse(ReportingFrequency.TERMLY, "Spring 2026");
        List<UUID> returns = new ArrayList<>();
        start = System.nanoTime();
        for (int s = 0; s < SCHOOLS; s++) {
            UUID source = UUID.randomUUID();
            returns.add(source);
            collection.recordCollected(source, spring, figures(kpiIds, schools.get(s), s));
        }
        long recordMs = millisSince(start);
        long[] list = timed(() -> kpis.kpis().size());
        long[] details = timed(() ->
                kpis.find(kpiIds.getFirst()).orElseThrow().breakdownFigures().size());
        long[] rerecord = timed(() -> {
            collection.recordCollected(returns.getFirst(), spring, figures(kpiIds, schools.getFirst(), 1));
            return 0;
        });
        KpiSummary first = kpis.kpis().getFirst();
        return List.of(
                "KPI roll-up benchmark, " + LocalDate.now() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", embedded PostgreSQL",
                SCHOOLS + " schools x " + KPIS + " collected percentage KPIs = " + SCHOOLS * KPIS
                        + " figures for Spring 2026",
                "",
                "setting up " + SCHOOLS + " schools: " + schoolsMs + " ms",
                "recording " + SCHOOLS + " returns of " + KPIS + " figures each (checks, writes, history): " + recordMs
                        + " ms in all, " + recordMs / SCHOOLS + " ms a return",
                "KPI list, all " + KPIS + " KPIs rolled up (one grouped query): " + describe(list),
                "one KPI page, figures plus planning-area and phase breakdowns over " + SCHOOLS + " schools: "
                        + describe(details),
                "re-recording one return (replace " + KPIS + " figures): " + describe(rerecord),
                "",
                "check: " + first.name() + " " + first.latest().period().label() + " = "
                        + first.unit().format(first.latest().value())
                        + " from " + first.latest().organisations() + " schools ("
                        + first.latest().numerator().stripTrailingZeros().toPlainString() + " of "
                        + first.latest().denominator().stripTrailingZeros().toPlainString() + ")");
    }

    private static List<CollectedValue> figures(List<UUID> kpiIds, UUID school, int seed) {
        List<CollectedValue> values = new ArrayList<>();
        for (int k = 0; k < kpiIds.size(); k++) {
            int denominator = 10 + (seed * 7 + k) % 40;
            values.add(new CollectedValue(
                    kpiIds.get(k),
                    school,
                    BigDecimal.valueOf((seed + k) % (denominator + 1)),
                    BigDecimal.valueOf(denominator)));
        }
        return values;
    }

    private static long[] timed(Supplier<Integer> work) {
        work.get();
        long[] times = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = millisSince(start);
        }
        Arrays.sort(times);
        return times;
    }

    private static String describe(long[] sorted) {
        return "median " + sorted[sorted.length / 2] + " ms, best " + sorted[0] + " ms, worst "
                + sorted[sorted.length - 1] + " ms (" + sorted.length + " runs after one warm-up)";
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void signInWith(Role... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "benchmark",
                        null,
                        AuthorityUtils.createAuthorityList(
                                Arrays.stream(roles).map(Role::authority).toArray(String[]::new))));
    }
}
