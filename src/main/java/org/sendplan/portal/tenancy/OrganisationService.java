package org.sendplan.portal.tenancy;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.SchoolImportRow.Outcome;
import org.sendplan.portal.tenancy.internal.Organisation;
import org.sendplan.portal.tenancy.internal.Organisations;
import org.sendplan.portal.tenancy.internal.SchoolFileReader;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Schools, the forum, boards, partners and LA teams of the current tenant. */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganisationService {

    private final Organisations organisations;

    OrganisationService(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Everything in the tenant, or only their own school(s) for a school editor. */
    @PreAuthorize("isAuthenticated()")
    public List<OrganisationDetails> organisations() {
        List<Organisation> found = TenantContext.organisationLimit()
                .map(organisations::findByIdInOrderByName)
                .orElseGet(organisations::findAllByOrderByKindAscNameAsc);
        return found.stream().map(Organisation::toDetails).toList();
    }

    /** Aggregates of the whole tenant: a school editor sees these, though not the other schools themselves. */
    @PreAuthorize("isAuthenticated()")
    public AreaSummary areaSummary() {
        List<Organisation> schools = organisations.findByKindOrderByName(OrganisationKind.SCHOOL);
        long areas = schools.stream()
                .map(o -> o.toDetails().planningArea())
                .filter(Objects::nonNull)
                .distinct()
                .count();
        return new AreaSummary(schools.size(), areas);
    }

    @PreAuthorize("isAuthenticated()")
    public List<OrganisationDetails> organisationsOfKind(OrganisationKind kind) {
        return organisations().stream().filter(o -> o.kind() == kind).toList();
    }

    /** Empty when the organisation is not in this tenant; refused when a school editor asks for another school. */
    @PreAuthorize("isAuthenticated()")
    public Optional<OrganisationDetails> find(UUID id) {
        Optional<Set<UUID>> limit = TenantContext.organisationLimit();
        Optional<OrganisationDetails> found = organisations.findById(id).map(Organisation::toDetails);
        if (found.isPresent() && limit.isPresent() && !limit.get().contains(id)) {
            throw new AccessDeniedException("A school editor can open only their own school");
        }
        return found;
    }

    /**
     * The school with this URN in the current tenant; empty when there is none here. Refused when a school
     * editor asks for another school.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<OrganisationDetails> findSchool(String urn) {
        Optional<OrganisationDetails> found = schoolWithUrn(urn);
        found.ifPresent(school -> find(school.id()));
        return found;
    }

    /**
     * For public pages, signed out, in a tenant scope set by the caller: a school's name, URN, phase and
     * area are public record (Get Information About Schools), so nothing more is asked.
     */
    public Optional<OrganisationDetails> publicSchool(String urn) {
        return schoolWithUrn(urn);
    }

    private Optional<OrganisationDetails> schoolWithUrn(String urn) {
        return organisations
                .findByUrn(urn == null ? "" : urn.trim())
                .map(Organisation::toDetails)
                .filter(o -> o.kind() == OrganisationKind.SCHOOL);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public OrganisationDetails create(@Valid OrganisationDraft draft) {
        checkSchoolDetails(draft, null);
        return organisations.saveAndFlush(new Organisation(draft)).toDetails();
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public OrganisationDetails update(UUID id, long expectedVersion, @Valid OrganisationDraft draft) {
        Organisation organisation = organisations
                .findById(id)
                .orElseThrow(() -> new InvalidInputException("That organisation no longer exists"));
        if (organisation.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        checkSchoolDetails(draft, id);
        organisation.apply(draft);
        return organisations.saveAndFlush(organisation).toDetails();
    }

    /** Reads an upload of schools and says, row by row, what importing it would do. Saves nothing. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public SchoolImportPreview previewSchoolImport(String fileText) {
        SchoolFileReader.Result read = SchoolFileReader.read(fileText);
        if (read.fileProblem() != null) {
            return new SchoolImportPreview(List.of(), read.fileProblem());
        }
        Map<String, Organisation> existing =
                organisations
                        .findByUrnIn(read.lines().stream()
                                .map(SchoolFileReader.Line::urn)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::urn, Function.identity()));
        List<SchoolImportRow> rows = new ArrayList<>();
        for (SchoolFileReader.Line line : read.lines()) {
            rows.add(new SchoolImportRow(
                    line.lineNumber(),
                    line.urn(),
                    line.name(),
                    line.phase(),
                    line.planningArea(),
                    outcomeOf(line, existing.get(line.urn())),
                    line.problems()));
        }
        return new SchoolImportPreview(rows, null);
    }

    /** Saves every importable row of a fresh preview in one transaction: all of them or, on failure, none. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public int importSchools(String fileText) {
        SchoolImportPreview preview = previewSchoolImport(fileText);
        if (preview.fileProblem() != null) {
            throw new InvalidInputException(preview.fileProblem());
        }
        int saved = 0;
        for (SchoolImportRow row : preview.rows()) {
            if (!row.importable()) {
                continue;
            }
            OrganisationDraft draft = new OrganisationDraft(
                    OrganisationKind.SCHOOL, row.name(), row.urn(), row.phase(), row.planningArea());
            Optional<Organisation> existing = organisations.findByUrn(row.urn());
            if (existing.isPresent()) {
                existing.get().apply(draft);
            } else {
                organisations.save(new Organisation(draft));
            }
            saved++;
        }
        organisations.flush();
        return saved;
    }

    private static Outcome outcomeOf(SchoolFileReader.Line line, Organisation existing) {
        if (!line.problems().isEmpty()) {
            return Outcome.ERROR;
        }
        if (existing == null) {
            return Outcome.NEW;
        }
        OrganisationDetails now = existing.toDetails();
        boolean same = now.kind() == OrganisationKind.SCHOOL
                && now.name().equals(line.name())
                && now.phase() == line.phase()
                && Objects.equals(now.planningArea(), line.planningArea());
        return same ? Outcome.UNCHANGED : Outcome.UPDATE;
    }

    private void checkSchoolDetails(OrganisationDraft draft, UUID self) {
        if (draft.kind() != OrganisationKind.SCHOOL) {
            return;
        }
        if (draft.urn() == null || draft.urn().isBlank()) {
            throw new InvalidInputException("urn", "Enter the school's six-digit URN");
        }
        if (draft.phase() == null) {
            throw new InvalidInputException("phase", "Choose the school's phase");
        }
        organisations
                .findByUrn(draft.urn().trim())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "urn",
                            "Another school already has URN " + draft.urn().trim());
                });
    }
}
