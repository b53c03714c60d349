package org.sendplan.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.Direction;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiDraft;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiSource;
import org.sendplan.portal.kpis.KpiTargetDraft;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.DataCollectionDraft;
import org.sendplan.portal.returns.DataCollectionService;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.KpiPart;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school return in a real browser (issue 6): the school editor fills and submits it, the LA queries
 * a figure, the school corrects it, the LA accepts it, and the KPI it feeds shows the figure and its
 * RAG. Every returns page passes the scan.
 */
@BrowserTest
class ReturnJourneyTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    KpiService kpis;

    @Autowired
    DataCollectionService collections;

    @Test
    void aReturnIsSubmittedQueriedCorrectedAndAcceptedAndItsKpiUpdates(Page page) {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String kpiName = "% seen within 18 weeks (journey " + unique + ")";
        String title = "Spring term 2026 journey return " + unique;
        KpiDetails kpi = collectionFeeding(kpiName, title);

        Shell school = DemoUser.SCHOOL_EDITOR.signIn(page);
        assertThat(page.getByText("Returns due")).isVisible();
        school.open("Returns");
        AccessibilityScan.assertNoViolations(page, "a school editor's returns list");
        ReturnPage form = new ReturnPage(page).follow(title);
        AccessibilityScan.assertNoViolations(page, "a return not started");
        form.fill("Referrals", "20").fill("Seen within 18 weeks", "19").press("Submit");
        assertThat(form.status()).isEqualTo("Submitted");
        school.signOut();

        Shell officer = SignInPage.open(page).signInAs("warwickshire.officer");
        officer.open("Returns");
        ReturnPage review = new ReturnPage(page).follow(title);
        AccessibilityScan.assertNoViolations(page, "a collection's completion page");
        review.follow("Riverside Primary School");
        AccessibilityScan.assertNoViolations(page, "a submitted return under review");
        review.fill("Query on seen within 18 weeks", "19 of 20 is far above last year: please check")
                .press("Send the query to the school");
        assertThat(review.status()).isEqualTo("Queried");
        officer.signOut();

        school = DemoUser.SCHOOL_EDITOR.signIn(page);
        school.open("Returns");
        form = new ReturnPage(page).follow(title);
        assertThat(form.content()).containsText("The LA asks: 19 of 20 is far above last year: please check");
        AccessibilityScan.assertNoViolations(page, "a queried return");
        form.fill("Seen within 18 weeks", "16").press("Resubmit");
        assertThat(form.status()).isEqualTo("Resubmitted");
        school.signOut();

        officer = SignInPage.open(page).signInAs("warwickshire.officer");
        page.navigate("/t/warwickshire/kpis/" + kpi.id());
        Vaadin.waitUntilSettled(page);
        assertThat(new ReturnPage(page).kpiFigures(kpiName).cell("Spring 2026", "Figure"))
                .isEqualTo("No data");
        officer.open("Returns");
        review = new ReturnPage(page)
                .follow(title)
                .follow("Riverside Primary School")
                .press("Accept");
        assertThat(review.status()).isEqualTo("Accepted");
        AccessibilityScan.assertNoViolations(page, "an accepted return");

        page.navigate("/t/warwickshire/kpis/" + kpi.id());
        Vaadin.waitUntilSettled(page);
        GridTable figures = new ReturnPage(page).kpiFigures(kpiName);
        assertThat(figures.cell("Spring 2026", "Figure")).as("in\n%s", figures).startsWith("80");
        assertThat(figures.cell("Spring 2026", "RAG (computed)"))
                .as("in\n%s", figures)
                .startsWith("Green");
        assertThat(page.locator("svg title")).not().hasCount(0);
        AccessibilityScan.assertNoViolations(page, "the KPI fed by the accepted return");
        officer.signOut();
    }

    /** A termly percentage KPI and an open collection whose two fields feed it, as an LA officer would set them up. */
    private KpiDetails collectionFeeding(String kpiName, String title) {
        signedIn.as("warwickshire.officer");
        try {
            KpiDetails kpi = kpis.create(new KpiDraft(
                    kpiName,
                    "First appointments within 18 weeks of referral, from school returns",
                    KpiUnit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    ReportingFrequency.TERMLY,
                    null,
                    null,
                    new BigDecimal("5"),
                    KpiSource.COLLECTED_FROM_ORGANISATIONS,
                    Set.of(),
                    List.of(new KpiTargetDraft("Spring 2026", new BigDecimal("75")))));
            DataCollectionDetails created = collections.create(new DataCollectionDraft(
                    title,
                    title,
                    ReportingPeriod.parse(ReportingFrequency.TERMLY, "Spring 2026"),
                    Set.of(SchoolPhase.PRIMARY),
                    Set.of("North"),
                    LocalDate.now().minusDays(3),
                    LocalDate.now().plusDays(4),
                    List.of(
                            FieldDefinition.wholeNumber("Referrals", true).feeding(kpi.id(), KpiPart.DENOMINATOR),
                            FieldDefinition.wholeNumber("Seen within 18 weeks", true)
                                    .notMoreThan("referrals")
                                    .feeding(kpi.id(), KpiPart.NUMERATOR))));
            collections.open(created.id(), created.version());
            return kpi;
        } finally {
            signedIn.out();
        }
    }
}
