package org.sendplan.portal.comments.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentReports extends JpaRepository<CommentReport, UUID> {

    List<CommentReport> findByStatusOrderByReportedAt(CommentReport.Status status);

    List<CommentReport> findByCommentIdInAndStatus(Collection<UUID> commentIds, CommentReport.Status status);

    boolean existsByCommentIdAndReportedByIdAndStatus(UUID commentId, UUID reportedById, CommentReport.Status status);
}
