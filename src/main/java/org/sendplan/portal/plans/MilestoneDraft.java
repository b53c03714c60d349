package org.sendplan.portal.plans;

import java.time.LocalDate;

public record MilestoneDraft(String title, LocalDate dueDate, boolean done) {

    public boolean overdueOn(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }
}
