package org.sendplan.portal.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationDraft;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.SchoolPhase;

/** A school, forum, board, partner or LA team within one local authority. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;
    private String urn;

    @Enumerated(EnumType.STRING)
    private SchoolPhase phase;

    @Column(name = "planning_area")
    private String planningArea;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(OrganisationDraft draft) {
        this.id = UUID.randomUUID();
        apply(draft);
    }

    public void apply(OrganisationDraft draft) {
        this.kind = draft.kind();
        this.name = draft.name().trim();
        boolean school = draft.kind() == OrganisationKind.SCHOOL;
        this.urn = school ? blankToNull(draft.urn()) : null;
        this.phase = school ? draft.phase() : null;
        this.planningArea = blankToNull(draft.planningArea());
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String urn() {
        return urn;
    }

    public OrganisationDetails toDetails() {
        return new OrganisationDetails(id, kind, name, urn, phase, planningArea, version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
