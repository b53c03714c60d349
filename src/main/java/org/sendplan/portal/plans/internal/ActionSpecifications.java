package org.sendplan.portal.plans.internal;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionStatus;
import org.springframework.data.jpa.domain.Specification;

/** Turns the plan view's filters into one query, so a page costs the same however many actions match. */
public final class ActionSpecifications {

    private ActionSpecifications() {}

    public static Specification<Action> of(UUID planId, ActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("planId"), planId));
            if (filter.themeId() != null) {
                all.add(cb.equal(root.get("themeId"), filter.themeId()));
            }
            if (filter.rag() != null) {
                all.add(cb.equal(root.get("rag"), filter.rag()));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.ownerId() != null) {
                all.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.savingsRating() != null) {
                all.add(cb.equal(root.get("savingsRating"), filter.savingsRating()));
            }
            if (filter.overdueOnly()) {
                Subquery<UUID> lateMilestone = query.subquery(UUID.class);
                var milestone = lateMilestone.from(Milestone.class);
                lateMilestone
                        .select(milestone.get("id"))
                        .where(
                                cb.equal(milestone.get("actionId"), root.get("id")),
                                cb.isFalse(milestone.get("done")),
                                cb.lessThan(milestone.get("dueDate"), today));
                all.add(cb.or(
                        cb.and(
                                cb.lessThan(root.get("dueDate"), today),
                                cb.notEqual(root.get("status"), ActionStatus.COMPLETE)),
                        cb.exists(lateMilestone)));
            }
            if (filter.hasWords()) {
                all.add(cb.isTrue(cb.function(
                        "plan_action_matches",
                        Boolean.class,
                        root.get("id"),
                        cb.literal(filter.words().strip()))));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
