package org.sendplan.portal.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ConsultationDetails(
        UUID id,
        UUID planId,
        String planTitle,
        int versionNumber,
        LocalDate opensOn,
        LocalDate closesOn,
        WindowState state,
        List<ConsultationQuestion> questions,
        long version) {

    public boolean open() {
        return state == WindowState.OPEN;
    }
}
