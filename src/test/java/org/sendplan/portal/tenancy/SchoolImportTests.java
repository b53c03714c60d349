package org.sendplan.portal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.SchoolImportRow.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class SchoolImportTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    OrganisationService organisations;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void thePreviewSaysRowByRowWhatWouldHappenAndSavesNothing() throws IOException {
        signedIn.as("kingston.admin");
        int before = organisations.organisations().size();
        SchoolImportPreview preview = organisations.previewSchoolImport(fixture());
        assertThat(preview.rows())
                .extracting(SchoolImportRow::outcome)
                .containsExactly(
                        Outcome.UPDATE,
                        Outcome.NEW,
                        Outcome.NEW,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.ERROR,
                        Outcome.ERROR);
        assertThat(preview.rows())
                .extracting(row -> String.join("; ", row.problems()))
                .containsExactly(
                        "",
                        "",
                        "",
                        "URN '12345' is not six digits",
                        "Name is missing",
                        "Phase 'Kindergarten' is not one of: Nursery, Primary, Middle, Secondary, All-through, Special, Alternative provision, 16 plus",
                        "URN 910001 appears more than once in the file",
                        "Row has more cells than the header");
        assertThat(preview.rows().get(2).phase()).isEqualTo(SchoolPhase.ALTERNATIVE_PROVISION);
        assertThat(organisations.organisations()).hasSize(before);
    }

    @Test
    void importingSavesTheGoodRowsOnceAndReimportingChangesNothing() throws IOException {
        signedIn.as("warwickshire.admin");
        String file = """
                urn\tname\tphase\tplanning area
                920001\tAtherstone Fields Primary\tPrimary\tNorth
                920002\tKenilworth Vale School\tSecondary\tCentral
                """;
        assertThat(organisations.importSchools(file)).isEqualTo(2);
        assertThat(organisations.previewSchoolImport(file).rows())
                .extracting(SchoolImportRow::outcome)
                .containsOnly(Outcome.UNCHANGED);
        assertThat(organisations.importSchools(file)).isZero();
        List<OrganisationDetails> atherstone = organisations.organisations().stream()
                .filter(o -> "920001".equals(o.urn()))
                .toList();
        assertThat(atherstone).singleElement().satisfies(school -> {
            assertThat(school.planningArea()).isEqualTo("North");
            assertThat(school.phase()).isEqualTo(SchoolPhase.PRIMARY);
        });
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        signedIn.as("warwickshire.admin");
        SchoolImportPreview preview = organisations.previewSchoolImport("Name,Phase\nSomewhere,Primary\n");
        assertThat(preview.fileProblem())
                .isEqualTo(
                        "The first row must name the columns URN, Name, Phase and Planning area. Missing: URN, Planning area.");
        assertThatThrownBy(() -> organisations.importSchools("Name,Phase\nSomewhere,Primary\n"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEmptyFileIsRefusedWithAPlainMessage() {
        signedIn.as("warwickshire.admin");
        assertThat(organisations.previewSchoolImport("\uFEFF  \n").fileProblem())
                .isEqualTo("The file is empty.");
    }

    @Test
    void onlyATenantAdminMayUploadSchools() {
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> organisations.importSchools("URN,Name,Phase,Planning area\n930001,X,Primary,North\n"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String fixture() throws IOException {
        return new ClassPathResource("fixtures/schools-upload.csv").getContentAsString(StandardCharsets.UTF_8);
    }
}
