package org.sendplan.portal.plans;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.Action;
import org.sendplan.portal.plans.internal.ActionChange;
import org.sendplan.portal.plans.internal.ActionChanges;
import org.springframework.stereotype.Component;

/** Writes an action's history, one row a changed field, stamped with the person and (through the entity) the tenant. */
@Component
class ActionHistory {

    private final ActionChanges changes;
    private final CurrentUser currentUser;

    ActionHistory(ActionChanges changes, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.changes = changes;
    }

    void created(Action action, String themeTitle) {
        record(action, "Created", null, themeTitle + ": " + action.activity());
    }

    /** Records each field that differs; says whether anything did. */
    boolean changed(Action action, Map<String, String> before, Map<String, String> after) {
        boolean any = false;
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                record(action, field.getKey(), old, field.getValue());
                any = true;
            }
        }
        return any;
    }

    void record(Action action, String field, String oldValue, String newValue) {
        changes.save(new ActionChange(
                action.planId(),
                action.id(),
                Instant.now(),
                currentUser.displayName(),
                currentUser.personId().orElse(null),
                field,
                oldValue,
                newValue));
    }
}
