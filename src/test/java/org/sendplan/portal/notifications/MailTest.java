package org.sendplan.portal.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Tests of e-mail: an in-process GreenMail SMTP server on a free port (builds share the machine) that
 * the test profile's mail sender is pointed at, and a fresh tenant per test so digests count only what it made.
 */
@PortalTest
abstract class MailTest {

    static final GreenMail SMTP = startSmtp();
    private static final AtomicInteger TENANTS = new AtomicInteger((int) (Math.random() * 300) + 600);

    @Autowired
    protected SignedIn signedIn;

    @Autowired
    protected TenantOnboarding onboarding;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected Notifications notifications;

    @Autowired
    protected NotificationSettings settings;

    @Autowired
    protected NotificationDigests digests;

    @Autowired
    JavaMailSenderImpl mailSender;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mailSender.setPort(SMTP.getSmtp().getPort());
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    /** A new tenant with no one told anything yet. */
    protected TenantSummary newTenant() {
        int code = TENANTS.getAndIncrement();
        String slug = "notify-" + code + "-" + UUID.randomUUID().toString().substring(0, 6);
        signedIn.as("platform.admin");
        TenantSummary tenant = onboarding.onboard(
                new NewTenant("Notify " + slug, slug, String.valueOf(code), null, List.of()),
                new NewAccount(slug + ".admin", "Notify Admin", slug + ".admin@example.org", SignedIn.DEMO_PASSWORD));
        signedIn.out();
        return tenant;
    }

    /** A person with an e-mail address; they need not be a member to be told something. */
    protected UUID newPerson(String name) {
        signedIn.as("platform.admin");
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.createLocalAccount(
                        new NewAccount(username, name, username + "@example.org", SignedIn.DEMO_PASSWORD))
                .id();
        signedIn.out();
        return id;
    }

    protected void tell(TenantSummary tenant, NotificationRequest request) {
        TenantContext.runAs(TenantScope.ofTenant(tenant.id()), () -> notifications.notify(request));
    }

    private static GreenMail startSmtp() {
        // The build machine is shared and busy; GreenMail's 2 s default to start is too short there.
        System.setProperty("greenmail.startup.timeout", "30000");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
