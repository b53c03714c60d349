package org.sendplan.portal.returns;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.returns.internal.DataCollection;
import org.sendplan.portal.returns.internal.SchoolReturn;
import org.sendplan.portal.returns.internal.SchoolReturns;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many schools' figures in one upload (URN plus a column per field), by the LA or a school editor for
 * their own schools. Each row is checked like a return typed on screen; valid rows are saved as
 * drafts or submitted, a row with any problem saves nothing, and rows are written in chunks, one
 * transaction each, with batched inserts.
 */
@Service
@PreAuthorize(SchoolReturnService.READERS)
public class ReturnImportService {

    static final int CHUNK = 500;
    private static final int JDBC_BATCH = 200;

    private final ReturnHandling handling;
    private final SchoolReturns returns;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    ReturnImportService(
            ReturnHandling handling,
            SchoolReturns returns,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.handling = handling;
        this.returns = returns;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** What the upload would do, row by row. Saves nothing. */
    public ReturnImportPreview preview(UUID collectionId, List<List<String>> rows, boolean submit) {
        return readOnly.execute(status -> run(collectionId, rows, submit, false));
    }

    /** Saves every valid row (as a draft, or submitted) and returns every row with what became of it. */
    public ReturnImportPreview importRows(UUID collectionId, List<List<String>> rows, boolean submit) {
        return run(collectionId, rows, submit, true);
    }

    private ReturnImportPreview run(UUID collectionId, List<List<String>> rows, boolean submit, boolean save) {
        Upload upload = readOnly.execute(status -> Upload.of(handling, collectionId, rows));
        if (upload.read().fileProblem() != null) {
            return new ReturnImportPreview(List.of(), upload.read().fileProblem());
        }
        ReturnAction action = submit ? ReturnAction.SUBMIT : ReturnAction.SAVE_DRAFT;
        List<ReturnUpload.Line> lines = upload.read().lines();
        List<ReturnImportRow> checked = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<ReturnUpload.Line> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            checked.addAll(
                    save
                            ? writing.execute(status -> chunk(upload, chunk, action, true))
                            : chunk(upload, chunk, action, false));
        }
        return new ReturnImportPreview(checked, null);
    }

    private List<ReturnImportRow> chunk(
            Upload upload, List<ReturnUpload.Line> lines, ReturnAction action, boolean save) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        DataCollection collection = handling.collection(upload.collectionId());
        List<UUID> schoolIds = lines.stream()
                .map(line -> upload.schoolsByUrn().get(line.urn()))
                .filter(Objects::nonNull)
                .map(OrganisationDetails::id)
                .toList();
        Map<UUID, SchoolReturn> bySchool =
                returns.findWithValuesByCollectionIdAndSchoolIdIn(collection.id(), schoolIds).stream()
                        .collect(Collectors.toMap(SchoolReturn::schoolId, Function.identity()));
        Map<UUID, Map<String, BigDecimal>> previous = handling.previousFigures(collection, schoolIds);
        List<ReturnImportRow> rows = new ArrayList<>();
        for (ReturnUpload.Line line : lines) {
            OrganisationDetails school = upload.schoolsByUrn().get(line.urn());
            List<String> problems = new ArrayList<>();
            Integer first = upload.firstLineOf().get(line.urn());
            if (line.urn().isEmpty()) {
                problems.add("No URN: say which school the row is for");
            } else if (school == null) {
                problems.add("No school you can upload for has URN " + line.urn());
            } else if (first != line.number()) {
                problems.add("URN " + line.urn() + " is also on line " + first + "; give each school one row");
            } else if (!bySchool.containsKey(school.id())) {
                problems.add(school.name() + " is not asked for this collection");
            } else {
                SchoolReturn r = bySchool.get(school.id());
                Map<String, BigDecimal> before = previous.getOrDefault(school.id(), Map.of());
                try {
                    Map<String, BigDecimal> figures = handling.checked(r, collection, line.entries(), before, action);
                    if (save) {
                        r.answer(collection.fieldDefinitions(), line.entries(), figures);
                        handling.record(r, action, "Uploaded");
                    }
                } catch (ReturnProblems refused) {
                    refused.problems()
                            .forEach(p -> problems.add(upload.labels().get(p.fieldCode()) + ": " + p.message()));
                } catch (InvalidInputException refused) {
                    problems.add(refused.getMessage());
                }
            }
            rows.add(new ReturnImportRow(line.number(), line.urn(), school == null ? "" : school.name(), problems));
        }
        entityManager.flush();
        entityManager.clear();
        return rows;
    }

    /** The upload read once: its lines, and the schools the person may upload for, by URN. */
    private record Upload(
            UUID collectionId,
            ReturnUpload.Result read,
            Map<String, OrganisationDetails> schoolsByUrn,
            Map<String, Integer> firstLineOf,
            Map<String, String> labels) {

        static Upload of(ReturnHandling handling, UUID collectionId, List<List<String>> rows) {
            List<FieldDefinition> fields = handling.collection(collectionId).fieldDefinitions();
            ReturnUpload.Result read = ReturnUpload.read(rows, fields);
            Map<String, OrganisationDetails> byUrn = handling.schools().values().stream()
                    .filter(s -> s.urn() != null)
                    .collect(Collectors.toMap(OrganisationDetails::urn, Function.identity(), (a, b) -> a));
            Map<String, Integer> firstLine = new HashMap<>();
            read.lines().forEach(line -> firstLine.putIfAbsent(line.urn(), line.number()));
            return new Upload(
                    collectionId,
                    read,
                    byUrn,
                    firstLine,
                    fields.stream().collect(Collectors.toMap(FieldDefinition::code, FieldDefinition::label)));
        }
    }
}
