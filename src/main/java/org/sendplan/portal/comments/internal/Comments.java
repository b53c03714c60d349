package org.sendplan.portal.comments.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.comments.CommentState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Comments extends JpaRepository<Comment, UUID> {

    List<Comment> findByTargetKindAndTargetIdOrderByPostedAt(String targetKind, UUID targetId);

    List<Comment> findByOfficialTrueOrderByPostedAtDesc();

    List<Comment> findByAuthorIdAndStateNot(UUID authorId, CommentState state);

    List<Comment> findByStateOrderByPostedAtDesc(CommentState state);

    List<Comment> findByIdIn(Collection<UUID> ids);

    @Query("select c.postedAt from Comment c where c.authorId = ?1 and c.postedAt > ?2")
    List<Instant> postedSince(UUID authorId, Instant since);
}
