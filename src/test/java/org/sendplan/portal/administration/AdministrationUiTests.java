package org.sendplan.portal.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform and tenant admin screens, driven as an administrator would. */
class AdministrationUiTests extends UiTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    MemberDirectory members;

    @Autowired
    TenantService tenants;

    @Autowired
    SecurityEventLog securityEvents;

    @Test
    void aTenantAdminAddsAnOrganisation() {
        signInAndOpen("kingston.admin", "t/kingston/admin/organisations");
        _click(_get(Button.class, spec -> spec.withText("Add an organisation")));
        fill(ComboBox.class, "Kind of organisation", OrganisationKind.BOARD);
        fill(TextField.class, "Name", "Kingston Schools Forum High Needs Sub-group");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(organisations.organisations())
                .extracting(OrganisationDetails::name)
                .contains("Kingston Schools Forum High Needs Sub-group");
    }

    @Test
    void aSchoolWithADuplicateUrnIsRefusedBesideTheField() {
        signInAndOpen("kingston.admin", "t/kingston/admin/organisations");
        _click(_get(Button.class, spec -> spec.withText("Add an organisation")));
        fill(TextField.class, "Name", "Copycat Primary");
        fill(TextField.class, "URN", "900301");
        fill(ComboBox.class, "Phase", SchoolPhase.PRIMARY);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextField urn = _get(TextField.class, spec -> spec.withLabel("URN"));
        assertThat(urn.isInvalid()).isTrue();
        assertThat(urn.getErrorMessage()).isEqualTo("Another school already has URN 900301");
        assertThat(organisations.organisations())
                .extracting(OrganisationDetails::name)
                .doesNotContain("Copycat Primary");
    }

    @Test
    void anLaOfficerSeesOrganisationsButCannotChangeThem() {
        signInAndOpen("solihull.officer", "t/solihull/admin/organisations");
        assertThat(GridKt._size(_get(Grid.class))).isGreaterThanOrEqualTo(8);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Add an organisation")))
                .isEmpty();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Edit"))).isEmpty();
    }

    @Test
    void aTenantAdminAddsASchoolEditorForTheirSchool() {
        signInAndOpen("solihull.admin", "t/solihull/admin/members");
        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        fill(TextField.class, "Full name", "Sita Senco");
        fill(TextField.class, "Username", "solihull.sita");
        fill(EmailField.class, "Email", "sita@example.org");
        fill(PasswordField.class, "First password", "a-long-enough-password");
        fill(CheckboxGroup.class, "Roles", Set.of(Role.SCHOOL_EDITOR));
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationDetails> organisation = _get(ComboBox.class, spec -> spec.withLabel("Organisation"));
        organisation.setValue(organisations.organisations().stream()
                .filter(o -> o.name().equals("Kingshurst Academy"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(members.members()).anySatisfy(member -> {
            assertThat(member.username()).isEqualTo("solihull.sita");
            assertThat(member.roles()).containsExactly(Role.SCHOOL_EDITOR);
            assertThat(member.organisationName()).isEqualTo("Kingshurst Academy");
        });
    }

    @Test
    void aSchoolEditorWithoutASchoolIsRefusedWithTheReason() {
        signInAndOpen("solihull.admin", "t/solihull/admin/members");
        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        fill(TextField.class, "Full name", "No School");
        fill(TextField.class, "Username", "solihull.noschool");
        fill(PasswordField.class, "First password", "a-long-enough-password");
        fill(CheckboxGroup.class, "Roles", Set.of(Role.SCHOOL_EDITOR));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Organisation")).getErrorMessage())
                .isEqualTo("A school editor must belong to a school: choose their school");
        assertThat(members.members()).noneMatch(member -> member.username().equals("solihull.noschool"));
    }

    @Test
    void aPlatformAdminAddsALocalAuthorityWithItsFirstAdministrator() {
        signInAndOpen("platform.admin", "platform");
        addLocalAuthority("Barnsley Metropolitan Borough Council", "barnsley", "370", () -> {
            fill(TextField.class, "Region", "Yorkshire and the Humber");
            fill(TextArea.class, "Statistical neighbours", "Rotherham, Wakefield\nDoncaster");
        });
        TenantSummary barnsley = tenants.findBySlug("barnsley").orElseThrow();
        assertThat(barnsley.statisticalNeighbours()).containsExactly("Rotherham", "Wakefield", "Doncaster");
        signedIn.out();
        assertThat(signedIn.as("barnsley.admin", "a-long-enough-password").roles())
                .containsExactly(Role.TENANT_ADMIN);
    }

    @Test
    void aBadLaCodeIsExplainedBesideTheField() {
        signInAndOpen("platform.admin", "platform");
        addLocalAuthority("Nowhere Council", "nowhere", "93", () -> {});
        assertThat(_get(TextField.class, spec -> spec.withLabel("DfE LA code")).getErrorMessage())
                .isEqualTo("The DfE LA code is three digits, like 937");
        assertThat(tenants.findBySlug("nowhere")).isEmpty();
    }

    @Test
    void aPlatformAdminSuspendsALocalAuthorityAfterConfirming() {
        signInAndOpen("platform.admin", "platform");
        addLocalAuthority("Pausefield Council", "pausefield", "803", () -> {});
        @SuppressWarnings("unchecked")
        Grid<TenantSummary> grid = _get(Grid.class);
        int row =
                GridKt._findAll(grid).stream().map(TenantSummary::slug).toList().indexOf("pausefield");
        _click((Button) GridKt._getCellComponent(grid, row, "action"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(tenants.findBySlug("pausefield").orElseThrow().active()).isFalse();
    }

    @Test
    void theSignInLogShowsTheTenantsOwnEventsToItsAdmin() {
        signedIn.as("kingston.finance");
        signedIn.out();
        signInAndOpen("kingston.admin", "t/kingston/admin/sign-in-log");
        assertThat(securityEvents.recentInCurrentTenant())
                .anyMatch(e -> e.kind() == SecurityEventKind.SIGN_IN && "kingston.finance".equals(e.username()));
        assertThat(GridKt._size(_get(Grid.class))).isPositive();
    }

    /** Fills the "Add a local authority" dialog, with a first admin called {@code <slug>.admin}, and saves. */
    private static void addLocalAuthority(String name, String slug, String laCode, Runnable moreFields) {
        _click(_get(Button.class, spec -> spec.withText("Add a local authority")));
        fill(TextField.class, "Local authority name", name);
        fill(TextField.class, "Web address name", slug);
        fill(TextField.class, "DfE LA code", laCode);
        fill(TextField.class, "Full name", "First Admin");
        fill(TextField.class, "Username", slug + ".admin");
        fill(PasswordField.class, "First password", "a-long-enough-password");
        moreFields.run();
        _click(_get(Button.class, spec -> spec.withText("Add local authority")));
    }

    /** Types into the field with that label, as a person would. */
    @SuppressWarnings("unchecked")
    private static <V> void fill(Class<? extends Component> type, String label, V value) {
        ((HasValue<?, V>) _get(type, spec -> spec.withLabel(label))).setValue(value);
    }
}
