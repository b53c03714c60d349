package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.DataCollectionService;
import org.sendplan.portal.returns.ReturnImportService;
import org.sendplan.portal.returns.ReturnSummary;
import org.sendplan.portal.returns.SchoolReturnService;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** A school editor's own returns with what is due; the LA's collections. */
@Route(value = "t/:tenant/returns", layout = MainLayout.class)
@PageTitle("Returns – SEND Plan Portal")
@NavigationItem(title = "Returns", order = 300)
@RolesAllowed({"SCHOOL_EDITOR", "LA_OFFICER", "TENANT_ADMIN"})
public class ReturnListView extends Div {

    private final String base;

    ReturnListView(
            SchoolReturnService returns,
            DataCollectionService collections,
            ReturnImportService imports,
            AuthenticationContext authentication,
            CurrentUser currentUser) {
        addClassName("page");
        base = ReturnPages.tenantBase(currentUser);
        add(new H1("Returns"));
        if (authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN")) {
            add(
                    new Paragraph(
                            "Collections of figures from schools: what is asked, of whom and by when, and how far schools have got."));
            Button create = new Button(
                    "Set up a collection",
                    click -> new CollectionForm(
                                    collections,
                                    null,
                                    saved -> getUI().ifPresent(
                                                    ui -> ui.navigate(base.substring(1) + "collections/" + saved.id())))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create, collectionGrid(collections.collections()));
        } else {
            List<ReturnSummary> own = returns.ownSchoolsReturns();
            List<ReturnSummary> due =
                    own.stream().filter(r -> !r.reminder().isEmpty()).toList();
            if (!due.isEmpty()) {
                add(notice(due));
            }
            add(
                    new Paragraph(
                            "Your school's returns to the local authority. Open one to fill it in, save a draft and submit it."),
                    returnGrid(own));
            if (own.stream().map(ReturnSummary::schoolId).distinct().count() > 1) {
                add(groupUploads(returns, imports, own));
            }
        }
    }

    /** A school group uploads all its schools' figures for a collection at once. */
    private Component groupUploads(SchoolReturnService returns, ReturnImportService imports, List<ReturnSummary> own) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        own.stream()
                .collect(Collectors.toMap(ReturnSummary::collectionId, r -> r, (a, b) -> a, LinkedHashMap::new))
                .values()
                .forEach(r -> buttons.add(new Button(
                        "Upload figures: " + r.collectionTitle(),
                        click -> new ReturnImportDialog(
                                        imports,
                                        returns.find(r.id()).orElseThrow().collection(),
                                        () -> getUI().ifPresent(
                                                        ui -> ui.getPage().reload()))
                                .open())));
        return buttons;
    }

    private Component notice(List<ReturnSummary> due) {
        UnorderedList list = new UnorderedList();
        due.forEach(r -> list.add(new ListItem(
                new Anchor(base + "returns/" + r.id(), r.collectionTitle() + " for " + r.schoolName()),
                new Span(": " + r.reminder()))));
        Section notice = new Section(new H2("Returns due"), list);
        notice.addClassName("card");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    private Grid<ReturnSummary> returnGrid(List<ReturnSummary> own) {
        Grid<ReturnSummary> grid = new Grid<>(ReturnSummary.class, false);
        grid.addComponentColumn(r -> GridLink.to(base + "returns/" + r.id(), r.collectionTitle()))
                .setHeader("Return")
                .setKey("title")
                .setFlexGrow(2);
        grid.addColumn(ReturnSummary::schoolName)
                .setHeader("School")
                .setKey("school")
                .setFlexGrow(2);
        grid.addComponentColumn(r -> ReturnPages.status(r.status()))
                .setHeader("Status")
                .setKey("status");
        grid.addColumn(r -> ReturnPages.day(r.deadline())).setHeader("Deadline").setKey("deadline");
        grid.setItems(own);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Your school's returns");
        grid.setEmptyStateText("No returns have been asked of your school yet.");
        return grid;
    }

    private Grid<DataCollectionDetails> collectionGrid(List<DataCollectionDetails> all) {
        Grid<DataCollectionDetails> grid = new Grid<>(DataCollectionDetails.class, false);
        grid.addComponentColumn(c -> GridLink.to(base + "collections/" + c.id(), c.title()))
                .setHeader("Collection")
                .setKey("title")
                .setFlexGrow(2);
        grid.addColumn(c -> c.draft().period().label()).setHeader("Period").setKey("period");
        grid.addColumn(c -> c.status().label()).setHeader("Status").setKey("status");
        grid.addColumn(c -> ReturnPages.day(c.draft().opensOn()))
                .setHeader("Opens")
                .setKey("opens");
        grid.addColumn(c -> ReturnPages.day(c.deadline())).setHeader("Deadline").setKey("deadline");
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Collections");
        grid.setEmptyStateText("No collections yet.");
        return grid;
    }
}
