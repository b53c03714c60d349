package org.sendplan.portal.e2e;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * One demo account per role, spread over the three demo tenants, with what the shell should show
 * them. {@link #signIn(Page)} is the helper journeys start from.
 */
public enum DemoUser {
    TENANT_ADMIN(
            "warwickshire.admin",
            "Warwickshire County Council",
            List.of(
                    "Home",
                    "KPIs",
                    "Returns",
                    "Organisations",
                    "Members and roles",
                    "Sign-in log",
                    "Publish finance tables",
                    "Moderation",
                    "Messages",
                    "Official responses",
                    "Co-production settings"),
            List.of("Local authorities", "Personal access tokens", "SEN funding statements", "Proposals")),
    LA_OFFICER(
            "solihull.officer",
            "Solihull Metropolitan Borough Council",
            List.of(
                    "Home",
                    "Proposals",
                    "KPIs",
                    "Returns",
                    "Organisations",
                    "Personal access tokens",
                    "SEN funding statements",
                    "Messages",
                    "Official responses"),
            List.of("Members and roles", "Sign-in log", "Local authorities", "Moderation", "Co-production settings")),
    FINANCE_OFFICER(
            "kingston.finance",
            "Royal Borough of Kingston upon Thames",
            List.of("Home", "KPIs", "Publish finance tables", "Messages", "Official responses"),
            List.of(
                    "Proposals",
                    "Co-production settings",
                    "Organisations",
                    "Members and roles",
                    "Sign-in log",
                    "Local authorities",
                    "Personal access tokens",
                    "SEN funding statements",
                    "Returns",
                    "Moderation")),
    BOARD_MEMBER(
            "warwickshire.board",
            "Warwickshire County Council",
            List.of("Home", "Proposals", "KPIs", "Messages", "Official responses"),
            List.of(
                    "Organisations",
                    "Members and roles",
                    "Sign-in log",
                    "Local authorities",
                    "Personal access tokens",
                    "SEN funding statements",
                    "Returns",
                    "Moderation",
                    "Co-production settings")),
    PARENT_CARER(
            "solihull.parent",
            "Solihull Metropolitan Borough Council",
            List.of("Home", "Proposals", "KPIs", "Messages", "Official responses"),
            List.of(
                    "Organisations",
                    "Members and roles",
                    "Sign-in log",
                    "Local authorities",
                    "Personal access tokens",
                    "SEN funding statements",
                    "Returns",
                    "Moderation",
                    "Co-production settings")),
    FORUM_LEAD(
            "kingston.forumlead",
            "Royal Borough of Kingston upon Thames",
            List.of("Home", "Proposals", "KPIs", "Messages", "Official responses"),
            List.of(
                    "Organisations",
                    "Members and roles",
                    "Sign-in log",
                    "Local authorities",
                    "Personal access tokens",
                    "SEN funding statements",
                    "Finance",
                    "Returns",
                    "Moderation")),
    SCHOOL_EDITOR(
            "warwickshire.school",
            "Warwickshire County Council",
            List.of("Home", "Proposals", "Returns", "Personal access tokens", "SEN funding statements", "Messages"),
            List.of(
                    "Co-production settings",
                    "KPIs",
                    "Organisations",
                    "Members and roles",
                    "Sign-in log",
                    "Local authorities",
                    "Finance",
                    "Moderation")),
    PLATFORM_ADMIN(
            "platform.admin",
            "Platform",
            List.of("Local authorities", "Platform sign-in log"),
            List.of("Home", "KPIs", "Organisations", "Members and roles", "Moderation", "Messages", "Proposals")),
    /** In Warwickshire and Solihull: chooses Solihull after signing in. */
    CONSULTANT(
            "consultant",
            "Solihull Metropolitan Borough Council",
            List.of(
                    "Home",
                    "Proposals",
                    "KPIs",
                    "Returns",
                    "Organisations",
                    "Personal access tokens",
                    "SEN funding statements",
                    "Switch local authority"),
            List.of("Members and roles", "Local authorities", "Moderation"));

    private final String username;
    private final String tenantName;
    private final List<String> navigation;
    private final List<String> notInNavigation;

    DemoUser(String username, String tenantName, List<String> navigation, List<String> notInNavigation) {
        this.username = username;
        this.tenantName = tenantName;
        this.navigation = navigation;
        this.notInNavigation = notInNavigation;
    }

    public String username() {
        return username;
    }

    /** The local authority they work in after signing in, as the header names it. */
    public String tenantName() {
        return tenantName;
    }

    /** Navigation entries they must have (later features add more). */
    public List<String> navigation() {
        return navigation;
    }

    /** Navigation entries their role must not offer. */
    public List<String> notInNavigation() {
        return notInNavigation;
    }

    public boolean choosesTenant() {
        return this == CONSULTANT;
    }

    /** Opens the sign-in page, signs in (choosing the tenant if they have several) and returns their landing screen. */
    public Shell signIn(Page page) {
        SignInPage signInPage = SignInPage.open(page);
        return choosesTenant()
                ? signInPage.signInAsMemberOfSeveral(username).choose(tenantName)
                : signInPage.signInAs(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
