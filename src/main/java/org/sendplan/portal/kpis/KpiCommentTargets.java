package org.sendplan.portal.kpis;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.CommentTargets;
import org.sendplan.portal.comments.TargetDescription;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** KPIs as things to comment on: whoever may read a KPI may comment on it. */
@Component
public class KpiCommentTargets implements CommentTargets {

    static final String KPI = "kpi";

    private final KpiService kpis;
    private final CurrentUser currentUser;

    KpiCommentTargets(KpiService kpis, CurrentUser currentUser) {
        this.kpis = kpis;
        this.currentUser = currentUser;
    }

    public static CommentTarget kpi(UUID kpiId) {
        return new CommentTarget(KPI, kpiId);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KPI);
    }

    @Override
    public Optional<TargetDescription> describe(CommentTarget target) {
        try {
            return kpis.find(target.id())
                    .map(kpi -> TargetDescription.open(
                            "the KPI \"" + kpi.draft().name() + "\"",
                            TenantAddress.of(currentUser.tenantSlug(), "kpis", kpi.id())));
        } catch (AccessDeniedException cannotRead) {
            return Optional.empty();
        }
    }
}
