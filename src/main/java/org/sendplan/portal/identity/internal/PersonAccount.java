package org.sendplan.portal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.sendplan.portal.identity.AccountSummary;

/** A person who can sign in. Global, not tenant-owned: a person may belong to several tenants. */
@Entity
@Table(name = "person_account")
public class PersonAccount {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    private UUID id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "platform_admin")
    private boolean platformAdmin;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected PersonAccount() {}

    public PersonAccount(
            String username, String displayName, String email, String passwordHash, boolean platformAdmin) {
        this.id = UUID.randomUUID();
        this.username = username.trim().toLowerCase();
        this.displayName = displayName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a wrong password; the account locks for a while after too many in a row. */
    public boolean recordFailedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCKOUT);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public AccountSummary toSummary() {
        return new AccountSummary(id, username, displayName, email, platformAdmin);
    }
}
