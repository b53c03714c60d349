package org.sendplan.portal.plans.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Actions extends JpaRepository<Action, UUID>, JpaSpecificationExecutor<Action> {

    List<Action> findByPlanIdOrderByPosition(UUID planId);

    @Query("select coalesce(max(a.position), 0) from Action a where a.planId = ?1")
    int lastPosition(UUID planId);

    @Query("select a.themeId, count(a) from Action a where a.planId = ?1 group by a.themeId")
    List<Object[]> countByTheme(UUID planId);

    @Query("select distinct a.ownerId, a.ownerName from Action a where a.planId = ?1 and a.ownerId is not null")
    List<Object[]> owners(UUID planId);

    @Query("select a.themeId, a.rag, count(a) from Action a where a.planId = ?1 group by a.themeId, a.rag")
    List<Object[]> countByThemeAndRag(UUID planId);

    /** Of the given actions, those late themselves or with a late milestone: one query for a whole page. */
    @Query("""
            select a.id from Action a where a.id in ?1 and (
              (a.dueDate < ?2 and a.status <> org.sendplan.portal.plans.ActionStatus.COMPLETE)
              or exists (select m from Milestone m where m.actionId = a.id and m.done = false and m.dueDate < ?2))""")
    Set<UUID> overdueAmong(Collection<UUID> ids, LocalDate today);
}
