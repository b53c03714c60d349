package org.sendplan.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.returns.CollectionProgress;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.DataCollectionDraft;
import org.sendplan.portal.returns.DataCollectionService;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldEntry;
import org.sendplan.portal.returns.ReturnSummary;
import org.sendplan.portal.returns.SchoolReturnDetails;
import org.sendplan.portal.returns.SchoolReturnService;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.springframework.stereotype.Component;

/**
 * The termly SEND return in every demo tenant: last term's, accepted from every school but one (overdue),
 * and this term's, open with its deadline five days away: the first school's (the demo school
 * editor's) not started, the second submitted, the third accepted.
 */
@Component
class DemoReturns {

    static final String SERIES = "SEND return";

    private final DataCollectionService collections;
    private final SchoolReturnService returns;

    DemoReturns(DataCollectionService collections, SchoolReturnService returns) {
        this.collections = collections;
        this.returns = returns;
    }

    /** Runs in the tenant's scope, as its administrator. */
    void seed() {
        LocalDate today = LocalDate.now(PortalTime.LONDON);
        CollectionProgress autumn = open(
                "Autumn term 2025 SEND return",
                ReportingPeriod.parse(ReportingFrequency.TERMLY, "Autumn 2025"),
                today.minusDays(120),
                today.minusDays(90));
        List<ReturnSummary> schools = autumn.returns();
        for (int i = 0; i < schools.size() - 1; i++) {
            accept(submit(schools.get(i), figures(i, 0)));
        }
        CollectionProgress spring = open(
                "Spring term 2026 SEND return",
                ReportingPeriod.parse(ReportingFrequency.TERMLY, "Spring 2026"),
                today.minusDays(14),
                today.plusDays(5));
        List<ReturnSummary> springReturns = spring.returns();
        submit(springReturns.get(1), figures(1, 3));
        accept(submit(springReturns.get(2), figures(2, 2)));
    }

    private CollectionProgress open(String title, ReportingPeriod period, LocalDate opensOn, LocalDate deadline) {
        DataCollectionDetails created = collections.create(new DataCollectionDraft(
                title,
                SERIES,
                period,
                Set.of(
                        SchoolPhase.PRIMARY,
                        SchoolPhase.SECONDARY,
                        SchoolPhase.SPECIAL,
                        SchoolPhase.ALTERNATIVE_PROVISION),
                Set.of(),
                opensOn,
                deadline,
                fields()));
        DataCollectionDetails opened = collections.open(created.id(), created.version());
        CollectionProgress progress = collections.progress(opened.id());
        return new CollectionProgress(
                progress.collection(),
                progress.returns().stream()
                        .sorted(Comparator.comparing(ReturnSummary::urn))
                        .toList(),
                progress.byArea(),
                progress.totals());
    }

    static List<FieldDefinition> fields() {
        return List.of(
                FieldDefinition.wholeNumber("Pupils on roll", true)
                        .withCode("on_roll")
                        .commentAbove(new BigDecimal("20")),
                FieldDefinition.wholeNumber("Pupils with an EHC plan", true)
                        .withCode("ehcp")
                        .notMoreThan("on_roll")
                        .commentAbove(new BigDecimal("25")),
                FieldDefinition.wholeNumber("Pupils on SEN support", true)
                        .withCode("sen_support")
                        .notMoreThan("on_roll"),
                FieldDefinition.wholeNumber("Referrals for a first appointment", true)
                        .withCode("referrals"),
                FieldDefinition.wholeNumber("First appointments within 18 weeks", true)
                        .withCode("seen_within_18_weeks")
                        .notMoreThan("referrals"));
    }

    /** Plausible figures for the nth school, a little higher each term. */
    private static Map<String, FieldEntry> figures(int n, int growth) {
        Map<String, FieldEntry> entries = new LinkedHashMap<>();
        entries.put("on_roll", FieldEntry.of(String.valueOf(210 + 37 * n + growth)));
        entries.put("ehcp", FieldEntry.of(String.valueOf(4 + n + growth / 2)));
        entries.put("sen_support", FieldEntry.of(String.valueOf(26 + 3 * n)));
        entries.put("referrals", FieldEntry.of(String.valueOf(10 + n)));
        entries.put("seen_within_18_weeks", FieldEntry.of(String.valueOf(7 + n)));
        return entries;
    }

    private SchoolReturnDetails submit(ReturnSummary school, Map<String, FieldEntry> entries) {
        return returns.submit(
                school.id(), returns.find(school.id()).orElseThrow().version(), entries);
    }

    private void accept(SchoolReturnDetails submitted) {
        returns.accept(submitted.summary().id(), submitted.version());
    }
}
