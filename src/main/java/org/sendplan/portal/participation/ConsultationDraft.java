package org.sendplan.portal.participation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** A consultation as an officer opens it: its window, both days included, and its questions in order. */
public record ConsultationDraft(
        @NotNull(message = "Enter the date the consultation opens")
        LocalDate opensOn,

        @NotNull(message = "Enter the date the consultation closes")
        LocalDate closesOn,

        List<String> questions) {}
