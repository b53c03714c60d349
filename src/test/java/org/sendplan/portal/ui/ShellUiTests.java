package org.sendplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.administration.ui.MemberListView;
import org.sendplan.portal.administration.ui.OrganisationDetailsView;
import org.sendplan.portal.dashboard.ui.DashboardView;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.ui.ChooseTenantView;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;

class ShellUiTests extends UiTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    SecurityEventLog securityEvents;

    @ParameterizedTest(name = "{0} lands on {1}''s home page")
    @CsvSource({
        "warwickshire.admin, Warwickshire County Council, Members and roles",
        "warwickshire.officer, Warwickshire County Council, Organisations",
        "solihull.finance, Solihull Metropolitan Borough Council, Home",
        "solihull.board, Solihull Metropolitan Borough Council, Home",
        "kingston.parent, Royal Borough of Kingston upon Thames, Home",
        "kingston.forumlead, Royal Borough of Kingston upon Thames, Home",
        "kingston.school, Royal Borough of Kingston upon Thames, Home"
    })
    void everyRoleLandsOnTheirTenantsHomePage(String username, String tenantName, String aNavigationItem) {
        signInAndOpen(username, "");
        _assertOne(DashboardView.class);
        assertThat(_get(H1.class, spec -> spec.withText(tenantName))).isNotNull();
        assertThat(navigationLabels()).contains(aNavigationItem);
    }

    @Test
    void tenantWideRolesSeeTheirAreaAtAGlance() {
        signInAndOpen("warwickshire.board", "t/warwickshire");
        assertThat(pageText())
                .contains(
                        "Schools by planning area",
                        "Nuneaton & Bedworth: 2 schools",
                        "Warwickshire Parent Carer Voice");
    }

    @Test
    void aSchoolEditorsHomePageShowsOnlyTheirOwnSchool() {
        signInAndOpen("warwickshire.school", "t/warwickshire");
        assertThat(pageText())
                .contains("Your school", "Riverside Primary School", "URN 900101", "Warwickshire County Council has")
                .doesNotContain("Avon Valley School");
        assertThat(pageText()).containsPattern("has \\d+ schools and settings in 5 planning areas");
    }

    @Test
    void navigationOffersOnlyWhatTheRoleMayOpen() {
        signInAndOpen("warwickshire.parent", "t/warwickshire");
        assertThat(navigationLabels())
                .containsExactly("Home", "Plans", "Proposals", "KPIs", "Official responses", "Messages");
        signedIn.out();
        signInAndOpen("warwickshire.admin", "t/warwickshire");
        assertThat(navigationLabels())
                .containsExactly(
                        "Home",
                        "Plans",
                        "KPIs",
                        "Returns",
                        "Publish finance tables",
                        "Official responses",
                        "Messages",
                        "Organisations",
                        "Members and roles",
                        "Sign-in log",
                        "Co-production settings",
                        "Moderation");
    }

    @Test
    void aPlatformAdminLandsOnTheListOfLocalAuthorities() {
        signInAndOpen("platform.admin", "");
        assertThat(pageText()).contains("Local authorities", "Platform health: database reachable");
        assertThat(GridKt._findAll(_get(Grid.class)))
                .extracting(tenant -> ((TenantSummary) tenant).name())
                .contains(
                        "Warwickshire County Council",
                        "Solihull Metropolitan Borough Council",
                        "Royal Borough of Kingston upon Thames");
        assertThat(navigationLabels()).containsExactly("Local authorities", "Platform sign-in log");
    }

    @Test
    void aPersonInSeveralTenantsChoosesOneAndLandsInIt() {
        signInAndOpen("consultant", "");
        _assertOne(ChooseTenantView.class);
        LocatorJ._click(_get(
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Solihull Metropolitan Borough Council")));
        assertThat(signedIn.current().tenant().slug()).isEqualTo("solihull");
    }

    @Test
    void aRoleWithoutAccessIsShownAFriendlyRefusal() {
        signInAndOpen("warwickshire.officer", "t/warwickshire/admin/members");
        assertThat(LocatorJ._find(MemberListView.class)).isEmpty();
        assertThat(pageText()).contains("You do not have access to this page");
    }

    @Test
    void aRefusalIsWrittenToTheTenantsSignInLog() {
        signInAndOpen("kingston.board", "t/kingston/admin/sign-in-log");
        signedIn.out();
        signedIn.as("kingston.admin");
        assertThat(securityEvents.recentInCurrentTenant()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.ACCESS_DENIED);
            assertThat(event.username()).isEqualTo("kingston.board");
            assertThat(event.detail()).isEqualTo("/t/kingston/admin/sign-in-log");
        });
    }

    @Test
    void anotherTenantsAddressIsRefused() {
        signInAndOpen("solihull.officer", "t/warwickshire");
        assertThat(LocatorJ._find(DashboardView.class)).isEmpty();
        assertThat(pageText()).contains("You do not have access to this page");
    }

    @Test
    void anotherTenantsOrganisationIdInTheAddressIsNotFound() {
        signedIn.as("warwickshire.admin");
        OrganisationDetails warwickshireSchool = organisations.organisations().getFirst();
        signedIn.out();
        signInAndOpen("solihull.admin", "t/solihull/organisations/" + warwickshireSchool.id());
        assertThat(LocatorJ._find(OrganisationDetailsView.class)).isEmpty();
        assertThat(pageText()).contains("Page not found").doesNotContain(warwickshireSchool.name());
    }

    @Test
    void aSchoolEditorCannotOpenAnotherSchoolsPage() {
        signedIn.as("warwickshire.admin");
        OrganisationDetails otherSchool = organisations.organisations().stream()
                .filter(o -> o.name().equals("Avon Valley School"))
                .findFirst()
                .orElseThrow();
        signedIn.out();
        signInAndOpen("warwickshire.school", "t/warwickshire/organisations/" + otherSchool.id());
        assertThat(pageText()).contains("You do not have access").doesNotContain("Avon Valley School");
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    static String pageText() {
        return LocatorJ._find(Component.class).stream()
                .map(component -> component.getElement().getText())
                .collect(Collectors.joining("\n"));
    }
}
