package org.sendplan.portal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.TableFile;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Bulk upload row by row, and row-level security on the returns tables. */
@PortalTest
class ReturnImportTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReturnFixture fixture;

    @Autowired
    ReturnImportService imports;

    @Autowired
    SchoolReturnService returns;

    @Autowired
    DataCollectionService collections;

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void everyKindOfBadRowIsNamedAndOnlyValidRowsAreSubmitted() {
        UUID collection =
                fixture.open("warwickshire", "Upload rows").collection().id();
        signedIn.as("warwickshire.officer");
        ReturnImportPreview done = imports.importRows(
                collection,
                ReturnFixture.table(
                        "URN,Pupils on roll,Pupils with an EHC plan,Notional SEN spend",
                        "900101,300,12,1500.50",
                        "900102,200,201,",
                        "999999,10,1,",
                        "900103,abc,1,",
                        "900104,100,N/A: we are not told,",
                        "900104,100,1,",
                        ",1,1,"),
                true);
        Map<Integer, List<String>> byLine =
                done.rows().stream().collect(Collectors.toMap(ReturnImportRow::line, ReturnImportRow::problems));
        assertThat(byLine.get(2)).isEmpty();
        assertThat(byLine.get(3)).containsExactly("Pupils with an EHC plan: Cannot be more than pupils on roll (200)");
        assertThat(byLine.get(4)).containsExactly("No school you can upload for has URN 999999");
        assertThat(byLine.get(5)).containsExactly("Pupils on roll: 'abc' is not a number like 120");
        assertThat(byLine.get(6)).isEmpty();
        assertThat(byLine.get(7)).containsExactly("URN 900104 is also on line 6; give each school one row");
        assertThat(byLine.get(8)).containsExactly("No URN: say which school the row is for");
        Map<String, ReturnStatus> statuses = collections.progress(collection).returns().stream()
                .collect(Collectors.toMap(ReturnSummary::urn, ReturnSummary::status));
        assertThat(statuses)
                .containsEntry("900101", ReturnStatus.SUBMITTED)
                .containsEntry("900102", ReturnStatus.NOT_STARTED)
                .containsEntry("900103", ReturnStatus.NOT_STARTED)
                .containsEntry("900104", ReturnStatus.SUBMITTED);
    }

    @Test
    void anXlsxWorkbookUploadsLikeACsv() throws IOException {
        UUID collection =
                fixture.open("warwickshire", "Workbook upload").collection().id();
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Return");
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("URN");
            heading.createCell(1).setCellValue("Pupils on roll");
            heading.createCell(2).setCellValue("Pupils with an EHC plan");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("900103");
            row.createCell(1).setCellValue(312);
            row.createCell(2).setCellValue(9);
            book.write(out);
            workbook = out.toByteArray();
        }
        signedIn.as("warwickshire.officer");
        ReturnImportPreview done = imports.importRows(collection, TableFile.read("return.xlsx", workbook), false);
        assertThat(done.validRows()).isEqualTo(1);
        ReturnSummary saved = collections.progress(collection).returns().stream()
                .filter(r -> r.urn().equals("900103"))
                .findFirst()
                .orElseThrow();
        assertThat(returns.find(saved.id()).orElseThrow().entry("on_roll").value())
                .isEqualTo("312");
    }

    @Test
    void aRefusedRowLeavesItsSchoolsEarlierAnswersUntouched() {
        CollectionProgress opened = fixture.open("solihull", "Nothing half saved");
        signedIn.as("solihull.officer");
        ReturnSummary first = opened.returns().getFirst();
        returns.saveDraft(first.id(), 0, ReturnFixture.answers("150", "5"));
        ReturnImportPreview done = imports.importRows(
                opened.collection().id(), ReturnFixture.table("URN,on_roll,ehcp", first.urn() + ",90,91"), false);
        assertThat(done.validRows()).isZero();
        SchoolReturnDetails kept = returns.find(first.id()).orElseThrow();
        assertThat(kept.entry("on_roll").value()).isEqualTo("150");
        assertThat(kept.entry("ehcp").value()).isEqualTo("5");
        assertThat(kept.steps()).hasSize(1);
    }

    @Test
    void aSchoolEditorCanUploadOnlyForTheirOwnSchool() {
        CollectionProgress opened = fixture.open("kingston", "Editor upload");
        signedIn.as("kingston.school");
        ReturnImportPreview preview = imports.preview(
                opened.collection().id(),
                ReturnFixture.table("URN,Pupils on roll,Pupils with an EHC plan", "900301,100,2", "900302,100,2"),
                false);
        assertThat(preview.rows())
                .extracting(ReturnImportRow::problems)
                .containsExactly(List.of(), List.of("No school you can upload for has URN 900302"));
    }

    @Test
    void anUnknownColumnStopsTheWholeFile() {
        UUID collection =
                fixture.open("kingston", "Unknown column").collection().id();
        signedIn.as("kingston.officer");
        assertThat(imports.preview(collection, ReturnFixture.table("URN,Pupils on roll,Shoe size", "900301,1,2"), false)
                        .fileProblem())
                .startsWith("The column 'Shoe size' is not a field of this collection");
    }

    @Test
    void rawSqlInAnotherTenantSeesNoneOfTheReturnsRows() {
        CollectionProgress kingston = fixture.open("kingston", "Raw SQL");
        signedIn.as("kingston.school");
        returns.submit(kingston.returns().getFirst().id(), 0, ReturnFixture.answers("100", "1"));
        signedIn.out();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        for (String table :
                new String[] {"data_collection", "return_field", "school_return", "return_value", "return_step"}) {
            Long visible = inTenant(
                    solihull,
                    () -> jdbc.queryForObject(
                            "select count(*) from " + table + " where tenant_id <> ?", Long.class, solihull));
            assertThat(visible).as(table).isZero();
        }
    }

    @Test
    void rawSqlCannotWriteAReturnIntoAnotherTenantNorRewriteItsHistory() {
        CollectionProgress kingston = fixture.open("kingston", "Raw SQL write");
        UUID kingstonId = tenants.findBySlug("kingston").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        ReturnSummary first = kingston.returns().getFirst();
        assertThatThrownBy(() -> inTenant(
                        solihull,
                        () -> jdbc.update(
                                "insert into school_return (id, tenant_id, collection_id, school_id, status, "
                                        + "last_changed_at) values (?, ?, ?, ?, 'DRAFT', now())",
                                UUID.randomUUID(),
                                kingstonId,
                                first.collectionId(),
                                first.schoolId())))
                .isInstanceOf(DataAccessException.class);
        signedIn.as("kingston.school");
        returns.saveDraft(first.id(), 0, ReturnFixture.answers("1", "1"));
        signedIn.out();
        assertThatThrownBy(() -> inTenant(
                        kingstonId,
                        () -> jdbc.update(
                                "update return_step set taken_by = 'nobody' where return_id = ?", first.id())))
                .isInstanceOf(DataAccessException.class);
    }

    private <T> T inTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(
                TenantScope.ofTenant(tenant),
                () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }
}
