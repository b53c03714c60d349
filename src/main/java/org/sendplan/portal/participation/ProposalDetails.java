package org.sendplan.portal.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A proposal with its support and what happened to it, newest response first. */
public record ProposalDetails(
        UUID id,
        UUID planId,
        String planTitle,
        UUID themeId,
        String themeTitle,
        String title,
        String problem,
        String idea,
        String expectedImpact,
        BigDecimal estimate,
        EstimateKind estimateKind,
        String proposerName,
        boolean mine,
        Instant raisedAt,
        long supporters,
        boolean supportedByMe,
        List<ProposalResponseRecord> responses,
        long version) {

    public Optional<ProposalResponseRecord> latestResponse() {
        return responses.stream().findFirst();
    }

    /** "Awaiting a response" until the LA has answered. */
    public String status() {
        return latestResponse().map(r -> r.outcome().label()).orElse("Awaiting a response");
    }
}
