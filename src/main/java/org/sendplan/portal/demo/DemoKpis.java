package org.sendplan.portal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.CollectedValue;
import org.sendplan.portal.kpis.Direction;
import org.sendplan.portal.kpis.KpiBreakdown;
import org.sendplan.portal.kpis.KpiCollection;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiDraft;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiSource;
import org.sendplan.portal.kpis.KpiTargetDraft;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.kpis.KpiValueDraft;
import org.sendplan.portal.kpis.LinkedAction;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * KPIs named as seed 002's delivery plan names its measures, with targets, figures over several
 * periods and links to the demo plan's actions. The mainstream-placement KPI is collected from schools,
 * so returns can feed it; two terms of school figures are recorded as accepted returns would.
 */
@Component
class DemoKpis {

    private final KpiService kpis;
    private final KpiCollection collection;
    private final OrganisationService organisations;

    DemoKpis(KpiService kpis, KpiCollection collection, OrganisationService organisations) {
        this.kpis = kpis;
        this.collection = collection;
        this.organisations = organisations;
    }

    /** Runs inside the tenant's scope, after the demo plan. */
    void seed() {
        AsOfficer.run(() -> {
            List<LinkedAction> actions = kpis.actionChoices();
            KpiDetails internships = kpis.create(new KpiDraft(
                    "Number of supported internships offered",
                    "Supported internships offered to young people with EHC plans in the academic year",
                    KpiUnit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    ReportingFrequency.ACADEMIC_YEAR,
                    n(12),
                    "2022/23",
                    n(3),
                    KpiSource.ENTERED_BY_LA,
                    Set.of(KpiBreakdown.AGE_BAND),
                    targets("2023/24", 18, "2024/25", 24, "2025/26", 30)));
            internships = enter(internships, "2023/24", 15, null);
            internships = enter(internships, "2024/25", 23, null);
            internships = kpis.recordValue(
                    internships.id(),
                    internships.version(),
                    new KpiValueDraft("2024/25", KpiBreakdown.AGE_BAND, "16 to 18", n(9), null));
            internships = kpis.recordValue(
                    internships.id(),
                    internships.version(),
                    new KpiValueDraft("2024/25", KpiBreakdown.AGE_BAND, "19 to 25", n(14), null));
            link(internships, actions, "To work with employers and colleges to increase supported internships");

            KpiDetails places = kpis.create(new KpiDraft(
                    "Number of places in resourced provisions",
                    "Commissioned places in specialist resourced provisions in mainstream schools",
                    KpiUnit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    ReportingFrequency.FINANCIAL_YEAR,
                    n(80),
                    "2023/24",
                    n(10),
                    KpiSource.ENTERED_BY_LA,
                    Set.of(),
                    targets("2024/25", 100, "2025/26", 120, "2026/27", 150)));
            places = enter(places, "2024/25", 96, null);
            places = enter(places, "2025/26", 112, null);
            link(places, actions, "To open more resourced provisions in mainstream schools");

            KpiDetails rise = kpis.create(new KpiDraft(
                    "% of referrals with a first appointment within 18 weeks",
                    "Referrals to the commissioned mental health service seen for a first appointment within 18 weeks",
                    KpiUnit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    ReportingFrequency.TERMLY,
                    n(61),
                    "Summer 2025",
                    n(5),
                    KpiSource.ENTERED_BY_LA,
                    Set.of(),
                    targets("Autumn 2025", 70, "Spring 2026", 75, "Summer 2026", 80)));
            rise = enter(rise, "Autumn 2025", 142, n(210));
            enter(rise, "Spring 2026", 151, n(208));

            KpiDetails travel = kpis.create(new KpiDraft(
                    "Number of learners trained to travel on their own",
                    "Learners completing Independent Travel Training",
                    KpiUnit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    ReportingFrequency.ACADEMIC_YEAR,
                    null,
                    null,
                    n(2),
                    KpiSource.ENTERED_BY_LA,
                    Set.of(),
                    targets("2025/26", 40)));
            link(travel, actions, "To review Independent Travel Training");

            KpiDetails mainstream = kpis.create(new KpiDraft(
                    "% of learners with EHC plans in mainstream settings",
                    "Learners with EHC plans on roll in mainstream schools, out of all learners with EHC plans the schools return",
                    KpiUnit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    ReportingFrequency.TERMLY,
                    null,
                    null,
                    n(2),
                    KpiSource.COLLECTED_FROM_ORGANISATIONS,
                    Set.of(KpiBreakdown.PLANNING_AREA, KpiBreakdown.SCHOOL_PHASE, KpiBreakdown.SETTING_TYPE),
                    targets("Autumn 2025", 40, "Spring 2026", 42, "Summer 2026", 44)));
            link(mainstream, actions, "To open more resourced provisions in mainstream schools");
            collect(mainstream, "Autumn 2025", 0);
            collect(mainstream, "Spring 2026", 1);
        });
    }

    private KpiDetails enter(KpiDetails kpi, String period, int numerator, BigDecimal denominator) {
        return kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall(period, n(numerator), denominator));
    }

    private void link(KpiDetails kpi, List<LinkedAction> actions, String activity) {
        Set<UUID> ids = new HashSet<>(kpi.linkedActionIds());
        actions.stream().filter(a -> a.activity().equals(activity)).forEach(a -> ids.add(a.id()));
        kpis.linkActions(kpi.id(), kpis.find(kpi.id()).orElseThrow().version(), ids);
    }

    /** Each school's figures as its accepted return would give them; the later term a little better. */
    private void collect(KpiDetails kpi, String period, int step) {
        List<OrganisationDetails> schools = organisations.organisationsOfKind(OrganisationKind.SCHOOL);
        for (int i = 0; i < schools.size(); i++) {
            int learners = 8 + 3 * i;
            int mainstream = Math.min(learners, learners * (i % 2 == 0 ? 2 : 1) / 5 + step);
            collection.recordCollected(
                    UUID.nameUUIDFromBytes((period + schools.get(i).id()).getBytes()),
                    ReportingPeriod.parse(ReportingFrequency.TERMLY, period),
                    List.of(new CollectedValue(kpi.id(), schools.get(i).id(), n(mainstream), n(learners))));
        }
    }

    private static List<KpiTargetDraft> targets(Object... periodsAndTargets) {
        List<KpiTargetDraft> targets = new ArrayList<>();
        for (int i = 0; i < periodsAndTargets.length; i += 2) {
            targets.add(new KpiTargetDraft((String) periodsAndTargets[i], n((Integer) periodsAndTargets[i + 1])));
        }
        return targets;
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }
}
