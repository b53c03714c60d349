package org.sendplan.portal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.returns.internal.DataCollection;
import org.sendplan.portal.returns.internal.DataCollections;
import org.sendplan.portal.returns.internal.ReturnStep;
import org.sendplan.portal.returns.internal.ReturnSteps;
import org.sendplan.portal.returns.internal.SchoolReturn;
import org.sendplan.portal.returns.internal.SchoolReturns;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What every way of changing a return shares: who may reach it, its previous figures, the checks, and its history. */
@Component
class ReturnHandling {

    private final DataCollections collections;
    private final SchoolReturns returns;
    private final ReturnSteps steps;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    ReturnHandling(
            DataCollections collections,
            SchoolReturns returns,
            ReturnSteps steps,
            OrganisationService organisations,
            CurrentUser currentUser) {
        this.collections = collections;
        this.returns = returns;
        this.steps = steps;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    static LocalDate today() {
        return LocalDate.now(PortalTime.LONDON);
    }

    /** The schools the person may see, by id: all of them for the LA, their own for a school editor. */
    Map<UUID, OrganisationDetails> schools() {
        return organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                .collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
    }

    /** Refused (the access page) when a school editor reaches for another school's return. */
    void checkReach(UUID schoolId) {
        TenantContext.organisationLimit().filter(own -> !own.contains(schoolId)).ifPresent(own -> {
            throw new AccessDeniedException("A school editor can open only their own school's returns");
        });
    }

    DataCollection collection(UUID id) {
        return collections
                .findById(id)
                .orElseThrow(() -> new InvalidInputException("That collection no longer exists"));
    }

    ReturnSummary summaryOf(SchoolReturn r, DataCollection collection, OrganisationDetails school) {
        return new ReturnSummary(
                r.id(),
                collection.id(),
                collection.toDetails().title(),
                collection.period().label(),
                r.schoolId(),
                school == null ? "Unknown school" : school.name(),
                school == null ? "" : school.urn(),
                school == null ? null : school.planningArea(),
                r.status(),
                collection.opensOn(),
                collection.deadline(),
                today(),
                r.lastChangedAt(),
                r.version());
    }

    /** Each school's accepted figures of the previous period of the collection's series, by field code. */
    Map<UUID, Map<String, BigDecimal>> previousFigures(DataCollection collection, Collection<UUID> schoolIds) {
        Map<UUID, Map<String, BigDecimal>> bySchool = new HashMap<>();
        collections
                .findFirstBySeriesAndPeriod(
                        collection.series(), collection.period().previous().label())
                .ifPresent(previous -> {
                    Map<UUID, String> codes = previous.fieldDefinitions().stream()
                            .collect(Collectors.toMap(FieldDefinition::id, FieldDefinition::code));
                    for (SchoolReturn before :
                            returns.findWithValuesByCollectionIdAndSchoolIdIn(previous.id(), schoolIds)) {
                        if (before.status() == ReturnStatus.ACCEPTED) {
                            Map<String, BigDecimal> figures = new HashMap<>();
                            before.figures().forEach((field, figure) -> figures.put(codes.get(field), figure));
                            bySchool.put(before.schoolId(), figures);
                        }
                    }
                });
        return bySchool;
    }

    /** Checks the answers for the step (a draft needs readable figures, a submission every rule) and stores them with the step. */
    void answer(
            SchoolReturn r,
            DataCollection collection,
            Map<String, FieldEntry> entries,
            Map<String, BigDecimal> previous,
            ReturnAction action) {
        Map<String, BigDecimal> figures = checked(r, collection, entries, previous, action);
        r.answer(collection.fieldDefinitions(), entries, figures);
        record(r, action, null);
    }

    /** The figures the answers give, or a refusal with every problem at once; changes nothing. */
    Map<String, BigDecimal> checked(
            SchoolReturn r,
            DataCollection collection,
            Map<String, FieldEntry> entries,
            Map<String, BigDecimal> previous,
            ReturnAction action) {
        checkOpen(collection);
        r.status().after(action);
        List<FieldDefinition> fields = collection.fieldDefinitions();
        List<FieldProblem> problems = ReturnRules.check(fields, entries, previous, action == ReturnAction.SUBMIT);
        if (!problems.isEmpty()) {
            throw new ReturnProblems(problems);
        }
        Map<String, BigDecimal> figures = new HashMap<>();
        for (FieldDefinition field : fields) {
            FieldEntry entry = entries.get(field.code());
            if (entry != null && !entry.notApplicable() && !entry.blank()) {
                figures.put(field.code(), ReturnRules.parse(field, entry.value()));
            }
        }
        return figures;
    }

    void record(SchoolReturn r, ReturnAction action, String note) {
        r.take(action);
        steps.save(new ReturnStep(r.id(), action, currentUser.displayName(), note));
    }

    private static void checkOpen(DataCollection collection) {
        if (collection.status() != CollectionStatus.OPEN) {
            throw new InvalidInputException("This collection has not been opened to schools yet");
        }
        if (today().isBefore(collection.opensOn())) {
            throw new InvalidInputException(
                    "This return opens on " + DisplayFormats.LONG_DAY.format(collection.opensOn()));
        }
    }
}
