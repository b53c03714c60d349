package org.sendplan.portal.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.sendplan.portal.tenancy.Role;

/** A person's place in one local authority: their roles and, for school editors, their school. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] roles;

    @Version
    private long version;

    protected Membership() {}

    public Membership(UUID personId, UUID organisationId, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.organisationId = organisationId;
        changeRoles(roles);
    }

    public void changeRoles(Set<Role> roles) {
        this.roles = roles.stream().map(Role::code).sorted().toArray(String[]::new);
    }

    public void moveTo(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID personId() {
        return personId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public long version() {
        return version;
    }

    public Set<Role> roles() {
        return Arrays.stream(roles)
                .map(code -> Role.fromCode(code).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
