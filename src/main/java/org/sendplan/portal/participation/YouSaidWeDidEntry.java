package org.sendplan.portal.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * One "you said, we did" link as the current person may see it. {@code quote} is what was said, or a notice in its place
 * when the comment was withdrawn or hidden; consultation answers are not named, as people gave them to the
 * authority rather than in the open.
 */
public record YouSaidWeDidEntry(
        UUID id,
        UUID planId,
        SaidKind saidKind,
        UUID saidId,
        String saidBy,
        String quote,
        WeDid weDid,
        String weDidLink,
        String statement,
        String linkedBy,
        Instant linkedAt) {}
