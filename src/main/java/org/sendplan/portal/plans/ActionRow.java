package org.sendplan.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.sendplan.portal.common.Rag;

/** One line of a plan's action grid. */
public record ActionRow(
        UUID id,
        String themeTitle,
        String activity,
        SavingsRating savingsRating,
        String ownerName,
        LocalDate dueDate,
        ActionStatus status,
        Rag rag,
        boolean overdue) {}
