package org.sendplan.portal.plans.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionRow;
import org.sendplan.portal.plans.ActionStatus;
import org.sendplan.portal.plans.SavingsRating;

/** One row of a delivery plan, kept alive with an owner, milestones, status and RAG. */
@Entity
@Table(name = "plan_action")
public class Action {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "theme_id")
    private UUID themeId;

    private int position;
    private String activity;
    private String measure;

    @Column(name = "expected_change")
    private String expectedChange;

    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(name = "savings_rating")
    private SavingsRating savingsRating;

    @Column(name = "savings_narrative")
    private String savingsNarrative;

    @Column(name = "benefits_realisation")
    private String benefitsRealisation;

    private String lead;

    @Column(name = "capacity_note")
    private String capacityNote;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    private String partners;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "action_id", nullable = false)
    @OrderBy("dueDate")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "action_id", nullable = false)
    @OrderBy("financialYear")
    private List<Saving> savings = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Action() {}

    public Action(UUID planId, int position, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.position = position;
        this.status = ActionStatus.NOT_STARTED;
        this.rag = Rag.GREY;
        touch(by, at);
    }

    public void apply(ActionDraft draft, String ownerName, String by, Instant at) {
        this.themeId = draft.themeId();
        this.activity = draft.activity().strip();
        this.measure = blankToNull(draft.measure());
        this.expectedChange = blankToNull(draft.expectedChange());
        this.rationale = blankToNull(draft.rationale());
        this.savingsRating = draft.savingsRating();
        this.savingsNarrative = blankToNull(draft.savingsNarrative());
        this.benefitsRealisation = blankToNull(draft.benefitsRealisation());
        this.lead = blankToNull(draft.lead());
        this.capacityNote = blankToNull(draft.capacityNote());
        this.ownerId = draft.ownerId();
        this.ownerName = draft.ownerId() == null ? null : ownerName;
        this.dueDate = draft.dueDate();
        this.status = draft.status() == null ? ActionStatus.NOT_STARTED : draft.status();
        List<String> partnerList = draft.partners() == null
                ? List.of()
                : draft.partners().stream()
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
        this.partners = partnerList.isEmpty() ? null : String.join("\n", partnerList);
        if (draft.milestones() != null) {
            milestones.clear();
            draft.milestones().forEach(m -> milestones.add(new Milestone(m)));
        }
        if (draft.savings() != null) {
            savings.clear();
            draft.savings().forEach(s -> savings.add(new Saving(s)));
        }
        touch(by, at);
    }

    public void changeRag(Rag rag, String by, Instant at) {
        this.rag = rag;
        touch(by, at);
    }

    // The time comes from the caller's clock, so tests that move time see it here too.
    private void touch(String by, Instant at) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The table's own columns: changing these changes the plan that the board approved. */
    public Map<String, String> content(String themeTitle) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Theme", themeTitle);
        fields.put("Activity", activity);
        fields.put("Measure", measure);
        fields.put("Expected change", expectedChange);
        fields.put("Rationale", rationale);
        fields.put("Savings rating", savingsRating == null ? null : savingsRating.label());
        fields.put("Savings", savingsNarrative);
        fields.put("Benefits realisation", benefitsRealisation);
        fields.put("Lead", lead);
        fields.put("Capacity note", capacityNote);
        return fields;
    }

    /** How delivery is going: changes here do not reopen an approved plan. */
    public Map<String, String> delivery() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Owner", ownerName);
        fields.put("Due date", dueDate == null ? null : dueDate.toString());
        fields.put("Status", status.label());
        fields.put("RAG", rag.label());
        fields.put("Partners", partners);
        fields.put(
                "Milestones",
                String.join(
                        "\n",
                        milestones.stream()
                                .map(Milestone::toDraft)
                                .map(m -> m.title() + " (due " + m.dueDate() + (m.done() ? ", done" : "") + ")")
                                .toList()));
        fields.put(
                "Estimated savings",
                String.join(
                        "\n",
                        savings.stream()
                                .map(Saving::toEstimate)
                                .map(s -> s.year() + ": £" + s.amount().toPlainString())
                                .toList()));
        fields.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
        return fields;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID themeId() {
        return themeId;
    }

    public int position() {
        return position;
    }

    public String activity() {
        return activity;
    }

    public Rag rag() {
        return rag;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** Leaves milestones and savings unloaded, so a page of rows costs no query per row. */
    public ActionRow toRow(String themeTitle, boolean overdue) {
        return new ActionRow(id, themeTitle, activity, savingsRating, ownerName, dueDate, status, rag, overdue);
    }

    public ActionDetails toDetails(String themeTitle) {
        return new ActionDetails(
                id,
                planId,
                themeId,
                themeTitle,
                activity,
                measure,
                expectedChange,
                rationale,
                savingsRating,
                savingsNarrative,
                benefitsRealisation,
                lead,
                capacityNote,
                ownerId,
                ownerName,
                dueDate,
                status,
                rag,
                partners == null ? List.of() : Arrays.asList(partners.split("\n")),
                milestones.stream()
                        .map(Milestone::toDraft)
                        .sorted(Comparator.comparing(m -> m.dueDate()))
                        .toList(),
                savings.stream().map(Saving::toEstimate).toList(),
                updatedAt,
                updatedBy,
                version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
