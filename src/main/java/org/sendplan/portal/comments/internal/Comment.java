package org.sendplan.portal.comments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.comments.CommentState;
import org.sendplan.portal.comments.CommentTarget;

@Entity
@Table(name = "comment")
public class Comment {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "target_kind", updatable = false)
    private String targetKind;

    @Column(name = "target_id", updatable = false)
    private UUID targetId;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(name = "author_id", updatable = false)
    private UUID authorId;

    @Column(name = "author_name", updatable = false)
    private String authorName;

    private String body;

    private boolean official;

    @Enumerated(EnumType.STRING)
    private CommentState state;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "posted_at", updatable = false)
    private Instant postedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Comment() {}

    public Comment(
            CommentTarget target, UUID parentId, UUID authorId, String authorName, String body, Instant postedAt) {
        this.id = UUID.randomUUID();
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.state = CommentState.VISIBLE;
        this.postedAt = postedAt;
    }

    public void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public void withdraw() {
        this.state = CommentState.WITHDRAWN;
        this.official = false;
    }

    public void hide(String reason) {
        this.state = CommentState.HIDDEN;
        this.hiddenReason = reason;
    }

    public void restore() {
        this.state = CommentState.VISIBLE;
        this.hiddenReason = null;
    }

    public void markOfficial(boolean official) {
        this.official = official;
    }

    public UUID id() {
        return id;
    }

    public CommentTarget target() {
        return new CommentTarget(targetKind, targetId);
    }

    public UUID parentId() {
        return parentId;
    }

    public UUID authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public boolean official() {
        return official;
    }

    public CommentState state() {
        return state;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public long version() {
        return version;
    }
}
