package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sendplan.portal.finance.FinancePublishing;
import org.sendplan.portal.finance.PublishableTable;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** The finance tables the local authority publishes to parent carers and schools, to read. */
@Route(value = "t/:tenant/finance", layout = MainLayout.class)
@PageTitle("Finance – SEND Plan Portal")
@NavigationItem(title = "Finance", order = 400)
@RolesAllowed({"PARENT_CARER", "SCHOOL_EDITOR"})
public class PublishedFinanceView extends Div {

    PublishedFinanceView(FinancePublishing publishing, CurrentUser currentUser) {
        addClassName("page");
        String tenant = currentUser.tenantSlug();
        Grid<PublishableTable> grid = new Grid<>(PublishableTable.class, false);
        grid.addComponentColumn(t -> GridLink.to(t.kind().address(tenant, t.id()), t.title()))
                .setHeader("Table")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(t -> t.kind().label()).setHeader("Kind").setKey("kind");
        grid.setItems(publishing.published());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Published finance tables");
        grid.setEmptyStateText("The local authority has not published any finance tables.");
        add(
                new H1("Finance"),
                new Paragraph(
                        "The finance tables your local authority has chosen to publish to parent carers and schools."),
                grid);
    }
}
