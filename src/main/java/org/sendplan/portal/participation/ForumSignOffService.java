package org.sendplan.portal.participation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.participation.internal.CoProductionSetting;
import org.sendplan.portal.participation.internal.CoProductionSettings;
import org.sendplan.portal.participation.internal.ForumSignOff;
import org.sendplan.portal.participation.internal.ForumSignOffs;
import org.sendplan.portal.plans.ForumPositions;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parent carer forum's sign-off: the forum lead records its position on the version in
 * consultation; the board reads it when approving; tenant admins decide whether approval waits for it.
 */
@Service
@Transactional(readOnly = true)
public class ForumSignOffService implements ForumPositions {

    static final int LONGEST_STATEMENT = 2000;

    private final ForumSignOffs signOffs;
    private final CoProductionSettings settings;
    private final PlanService plans;
    private final Clock clock;
    private final CurrentUser currentUser;

    ForumSignOffService(
            ForumSignOffs signOffs,
            CoProductionSettings settings,
            PlanService plans,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.signOffs = signOffs;
        this.settings = settings;
        this.plans = plans;
        this.clock = clock;
    }

    /** Records or revises the position on the version now in consultation; {@code expectedVersion} is null for the first. */
    @PreAuthorize("hasRole('FORUM_LEAD')")
    @Transactional
    public ForumPositionDetails record(UUID planId, Long expectedVersion, ForumPosition position, String statement) {
        PlanSummary plan =
                plans.plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        if (plan.status() != PlanStatus.CONSULTATION) {
            throw new InvalidInputException(
                    "The forum records its position while the plan is in consultation, before the board approves it");
        }
        if (position == null) {
            throw new InvalidInputException("position", "Choose the forum's position");
        }
        if (statement == null || statement.isBlank()) {
            throw new InvalidInputException(
                    "statement", "Enter the forum's statement: what the board should know of its position");
        }
        if (statement.strip().length() > LONGEST_STATEMENT) {
            throw new InvalidInputException(
                    "statement",
                    "Keep the statement to 2,000 characters; it is "
                            + statement.strip().length() + " now");
        }
        Optional<ForumSignOff> existing = signOffs.findByPlanIdAndVersionNumber(planId, plan.nextVersionNumber());
        if (existing.isPresent()
                && !Objects.equals(expectedVersion, existing.get().version())) {
            throw Participants.changedElsewhere(
                    "The forum's position",
                    existing.get().recordedBy(),
                    existing.get().recordedAt());
        }
        ForumSignOff signOff = existing.orElseGet(() -> new ForumSignOff(planId, plan.nextVersionNumber()));
        signOff.record(position, statement.strip(), currentUser.require().displayName(), Instant.now(clock));
        return signOffs.saveAndFlush(signOff).toDetails();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ForumPositionDetails> position(UUID planId, int versionNumber) {
        return plans.plan(planId)
                .flatMap(plan -> signOffs.findByPlanIdAndVersionNumber(planId, versionNumber))
                .map(ForumSignOff::toDetails);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Optional<String> positionOn(UUID planId, int versionNumber) {
        return position(planId, versionNumber)
                .map(p -> p.position().label() + " — “" + p.statement() + "” (recorded by " + p.recordedBy() + " on "
                        + DisplayFormats.DAY.format(p.recordedAt()) + ")");
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean requiredBeforeApproval() {
        return signOffSetting().required();
    }

    @PreAuthorize("isAuthenticated()")
    public SignOffSetting signOffSetting() {
        return settings.findFirstBy().map(CoProductionSetting::toSetting).orElse(SignOffSetting.DEFAULT);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public SignOffSetting requireSignOff(boolean required, Long expectedVersion) {
        Optional<CoProductionSetting> existing = settings.findFirstBy();
        SignOffSetting now = existing.map(CoProductionSetting::toSetting).orElse(SignOffSetting.DEFAULT);
        if (!Objects.equals(expectedVersion, now.version())) {
            throw Participants.changedElsewhere("This setting", now.changedBy(), now.changedAt());
        }
        String by = currentUser.require().displayName();
        CoProductionSetting setting =
                existing.orElseGet(() -> new CoProductionSetting(required, by, Instant.now(clock)));
        setting.change(required, by, Instant.now(clock));
        return settings.saveAndFlush(setting).toSetting();
    }
}
