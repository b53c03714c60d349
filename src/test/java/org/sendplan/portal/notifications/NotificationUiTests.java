package org.sendplan.portal.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.notifications.ui.NotificationCentreView;
import org.sendplan.portal.notifications.ui.NotificationSettingsView;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationUiTests extends UiTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)> replied to your comment";

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationSettings settings;

    @Autowired
    TenantService tenants;

    @Test
    void theHeaderNamesTheUnreadCountOnEveryPageAndMarkingReadLowersIt() {
        UUID person = signedIn.as("warwickshire.forumlead").personId();
        notifications.markAllRead();
        signedIn.out();
        tell(person, "Your proposal got a response");
        tell(person, SCRIPT);

        signInAndOpen("warwickshire.forumlead", "t/warwickshire/plans");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, 2 unread");

        assertThat(bell().getHref()).isEqualTo("/t/warwickshire/notifications");
        UI.getCurrent().navigate("t/warwickshire/notifications");
        _get(NotificationCentreView.class);
        _click(_get(
                Button.class, spec -> spec.withAttribute("aria-label", "Mark as read: Your proposal got a response")));
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, 1 unread");
        _click(_get(Button.class, spec -> spec.withText("Mark all as read")));
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, 0 unread");
    }

    @Test
    void theCentreShowsEachSummaryAsTextLinkingToItsSubject() {
        UUID person = signedIn.as("warwickshire.board").personId();
        signedIn.out();
        tell(person, SCRIPT);

        signInAndOpen("warwickshire.board", "t/warwickshire/notifications");
        Anchor link = _get(Anchor.class, spec -> spec.withText(SCRIPT));
        assertThat(link.getHref()).isEqualTo("/t/warwickshire/plans");
        assertThat(link.getElement().getChildren())
                .as("text only, no img element")
                .noneMatch(child -> !child.isTextNode() && "img".equals(child.getTag()));
        assertThat(_get(Anchor.class, spec -> spec.withText("Notification settings"))
                        .getHref())
                .isEqualTo("/t/warwickshire/notifications/settings");
    }

    @Test
    void theSettingsPageSavesEachChoiceForThePersonOnly() {
        signInAndOpen("warwickshire.school", "t/warwickshire/notifications/settings");
        _get(NotificationSettingsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Delivery> queried =
                _get(RadioButtonGroup.class, spec -> spec.withLabel(NotificationType.RETURN_QUERIED.label()));
        assertThat(queried.getValue()).isEqualTo(Delivery.DAILY_DIGEST);
        queried.setValue(Delivery.AT_ONCE);

        assertThat(settings.mine()).containsEntry(NotificationType.RETURN_QUERIED, Delivery.AT_ONCE);
        assertThat(_find(RadioButtonGroup.class)).hasSize(NotificationType.values().length);
        signedIn.out();
        signedIn.as("warwickshire.officer");
        assertThat(settings.mine()).containsEntry(NotificationType.RETURN_QUERIED, Delivery.DAILY_DIGEST);
    }

    private Anchor bell() {
        return _get(Anchor.class, spec -> spec.withClasses("notification-bell"));
    }

    private void tell(UUID person, String summary) {
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        TenantContext.runAs(
                TenantScope.ofTenant(warwickshire),
                () -> notifications.notify(NotificationRequest.of(
                        Set.of(person), NotificationType.PROPOSAL_RESPONSE, summary, "/t/warwickshire/plans")));
    }
}
