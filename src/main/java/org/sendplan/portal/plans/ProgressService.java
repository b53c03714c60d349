package org.sendplan.portal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.Action;
import org.sendplan.portal.plans.internal.Actions;
import org.sendplan.portal.plans.internal.EvidenceFile;
import org.sendplan.portal.plans.internal.EvidenceFiles;
import org.sendplan.portal.plans.internal.EvidenceTypes;
import org.sendplan.portal.plans.internal.ImprovementPlans;
import org.sendplan.portal.plans.internal.ProgressUpdate;
import org.sendplan.portal.plans.internal.ProgressUpdates;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress updates on actions, with their evidence: the only way an action's RAG moves. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final Actions actions;
    private final ImprovementPlans plans;
    private final ProgressUpdates updates;
    private final EvidenceFiles files;
    private final ActionHistory history;
    private final PlanReaders readers;
    private final Clock clock;
    private final CurrentUser currentUser;

    ProgressService(
            Actions actions,
            ImprovementPlans plans,
            ProgressUpdates updates,
            EvidenceFiles files,
            ActionHistory history,
            PlanReaders readers,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.actions = actions;
        this.plans = plans;
        this.updates = updates;
        this.files = files;
        this.history = history;
        this.readers = readers;
        this.clock = clock;
    }

    /**
     * Posts an update and moves the action's RAG to the update's. Refused, with nothing saved, when
     * the RAG changes without a reason, the evidence is not an accepted kind, or someone else changed
     * the action since it was opened.
     */
    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ProgressUpdateDetails post(
            UUID actionId, long expectedVersion, ProgressDraft draft, EvidenceUpload evidence) {
        Action action =
                actions.findById(actionId).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
        if (action.version() != expectedVersion) {
            throw ChangedElsewhere.of("This action", action.updatedBy(), action.updatedAt());
        }
        check(draft, action.rag());
        EvidenceFile file = evidence == null ? null : files.save(evidenceFile(evidence));
        Rag previous = action.rag();
        String reason = blankToNull(draft.reason());
        ProgressUpdate update = updates.save(new ProgressUpdate(
                actionId,
                draft.date(),
                draft.narrative().strip(),
                draft.rag(),
                previous,
                reason,
                file == null ? null : file.id(),
                currentUser.displayName()));
        if (previous != draft.rag()) {
            action.changeRag(draft.rag(), currentUser.displayName(), clock.instant());
            history.record(action, "RAG", previous.label(), draft.rag().label() + " — " + reason);
        } else {
            action.changeRag(previous, currentUser.displayName(), clock.instant());
        }
        try {
            actions.saveAndFlush(action);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw ChangedElsewhere.of("This action", "someone else", action.updatedAt());
        }
        return toDetails(update, file == null ? null : file.fileName());
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProgressUpdateDetails> updates(UUID actionId) {
        checkReadable(actionId);
        List<ProgressUpdate> found = updates.findByActionIdOrderByUpdateDateDescPostedAtDesc(actionId);
        Map<UUID, String> names = new HashMap<>();
        files.findAllById(found.stream()
                        .map(ProgressUpdate::evidenceId)
                        .filter(id -> id != null)
                        .toList())
                .forEach(f -> names.put(f.id(), f.fileName()));
        return found.stream().map(u -> toDetails(u, names.get(u.evidenceId()))).toList();
    }

    /** The evidence file of an update on an action this person may read. */
    @PreAuthorize("isAuthenticated()")
    public Optional<EvidenceDownload> evidence(UUID actionId, UUID evidenceId) {
        checkReadable(actionId);
        boolean belongs = updates.findByActionIdOrderByUpdateDateDescPostedAtDesc(actionId).stream()
                .anyMatch(u -> evidenceId.equals(u.evidenceId()));
        if (!belongs) {
            return Optional.empty();
        }
        return files.findById(evidenceId).map(f -> new EvidenceDownload(f.fileName(), f.contentType(), f.content()));
    }

    private void check(ProgressDraft draft, Rag current) {
        if (draft.date() == null) {
            throw new InvalidInputException("date", "Enter the date of the update, like 31/03/2026");
        }
        if (draft.date().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("date", "An update cannot be dated in the future");
        }
        if (draft.narrative() == null || draft.narrative().isBlank()) {
            throw new InvalidInputException("narrative", "Say what has happened since the last update");
        }
        if (draft.rag() == null) {
            throw new InvalidInputException("rag", "Choose the RAG rating");
        }
        if (draft.rag() != current && blankToNull(draft.reason()) == null) {
            throw new InvalidInputException(
                    "reason",
                    "Give a reason for changing the RAG from " + current.label() + " to "
                            + draft.rag().label());
        }
    }

    private static EvidenceFile evidenceFile(EvidenceUpload upload) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("evidence", "The evidence file is empty");
        }
        if (content.length > EvidenceTypes.MAX_BYTES) {
            throw new InvalidInputException(
                    "evidence", "The evidence file is " + content.length / (1024 * 1024) + " MB; attach at most 10 MB");
        }
        String type = EvidenceTypes.contentTypeOf(content)
                .orElseThrow(() -> new InvalidInputException(
                        "evidence",
                        "\"" + upload.fileName()
                                + "\" is not a PDF, Word (DOCX), Excel (XLSX) or image file, whatever its name says"));
        String name = upload.fileName() == null || upload.fileName().isBlank()
                ? "evidence"
                : upload.fileName().strip();
        return new EvidenceFile(name.length() > 255 ? name.substring(0, 255) : name, type, content);
    }

    private void checkReadable(UUID actionId) {
        Action action =
                actions.findById(actionId).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
        plans.findById(action.planId()).ifPresent(p -> readers.checkMayRead(p.status()));
    }

    private static ProgressUpdateDetails toDetails(ProgressUpdate u, String evidenceName) {
        return new ProgressUpdateDetails(
                u.id(),
                u.updateDate(),
                u.narrative(),
                u.rag(),
                u.previousRag(),
                u.reason(),
                u.evidenceId(),
                evidenceName,
                u.postedBy(),
                u.postedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
