package org.sendplan.portal.fundingstatements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.fundingstatements.SchoolStatements;
import org.sendplan.portal.fundingstatements.SenFundingService;
import org.sendplan.portal.fundingstatements.StatementDetails;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** Every statement the person may read, by school: a school editor's own, or the whole authority's for an officer. */
@Route(value = "t/:tenant/sen-funding", layout = MainLayout.class)
@PageTitle("SEN funding statements – SEND Plan Portal")
@NavigationItem(title = "SEN funding statements", order = 500)
@RolesAllowed({"SCHOOL_EDITOR", "LA_OFFICER"})
public class SenFundingListView extends Div {

    record Row(OrganisationDetails school, StatementDetails statement) {}

    SenFundingListView(SenFundingService statements, CurrentUser currentUser) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        String tenant = user.tenant().slug();
        List<SchoolStatements> bySchool = statements.statementsBySchool();
        add(
                new H1("SEN funding statements"),
                new Paragraph(
                        "Each school's annual statement of its notional SEN budget and what it "
                                + "was spent on. Schools submit it to the local authority and may publish it on a public page."));
        List<OrganisationDetails> ownSchools = bySchool.stream()
                .map(SchoolStatements::school)
                .filter(school -> user.organisationIds().contains(school.id()))
                .toList();
        if (user.hasRole(Role.SCHOOL_EDITOR) && !ownSchools.isEmpty()) {
            add(openForm(tenant, ownSchools));
        }
        List<Row> rows = new ArrayList<>();
        bySchool.forEach(school -> {
            if (school.statements().isEmpty()) {
                rows.add(new Row(school.school(), null));
            }
            school.statements().forEach(statement -> rows.add(new Row(school.school(), statement)));
        });
        Grid<Row> grid = new Grid<>(Row.class, false);
        grid.addComponentColumn(row -> row.statement() == null
                        ? new Div(row.school().name())
                        : GridLink.to(
                                "/"
                                        + StatementPages.statementAddress(
                                                tenant,
                                                row.school().urn(),
                                                row.statement().year()),
                                row.school().name()))
                .setHeader("School")
                .setKey("school")
                .setFlexGrow(2);
        grid.addColumn(row -> row.school().urn()).setHeader("URN").setKey("urn");
        grid.addColumn(row ->
                        row.statement() == null ? "–" : row.statement().year().toString())
                .setHeader("Year")
                .setKey("year");
        grid.addColumn(row -> row.statement() == null
                        ? "No statement yet"
                        : row.statement().status().label())
                .setHeader("Status")
                .setKey("status");
        grid.addColumn(row -> row.statement() != null && row.statement().published() ? "Yes" : "No")
                .setHeader("Published")
                .setKey("published");
        grid.addColumn(row -> row.statement() == null
                        ? ""
                        : Money.format(row.statement().figures().notionalBudget()))
                .setHeader("Notional SEN budget")
                .setKey("budget");
        grid.addColumn(row -> row.statement() == null
                        ? ""
                        : Money.format(row.statement().figures().totalSpent()))
                .setHeader("Total spent")
                .setKey("spent");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("SEN funding statements by school");
        grid.addClassName("wrap-cells");
        add(new H2("Statements by school"), grid);
    }

    private Div openForm(String tenant, List<OrganisationDetails> ownSchools) {
        ComboBox<OrganisationDetails> school = new ComboBox<>("School");
        school.setItems(ownSchools);
        school.setItemLabelGenerator(OrganisationDetails::name);
        school.setValue(ownSchools.getFirst());
        TextField year = new TextField("Financial year");
        year.setHelperText("Like 2024/25");
        year.setValue(FinancialYear.containing(LocalDate.now()).previous().toString());
        FormErrors errors = new FormErrors().bind("school", school).bind("year", year);
        Button open = new Button("Open statement", click -> {
            try {
                if (school.getValue() == null) {
                    throw new InvalidInputException("school", "Choose the school");
                }
                FinancialYear chosen = parseYear(year.getValue());
                getUI().ifPresent(ui -> ui.navigate(StatementPages.statementAddress(
                        tenant, school.getValue().urn(), chosen)));
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2("Write or open a statement"), new FormLayout(school, year), open);
    }

    private static FinancialYear parseYear(String text) {
        try {
            return FinancialYear.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("year", e.getMessage());
        }
    }
}
