package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.finance.FinancePublishing;
import org.sendplan.portal.finance.PublishableTable;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** A tenant administrator or finance officer chooses which finance tables parent carers and schools may read. */
@Route(value = "t/:tenant/finance/publishing", layout = MainLayout.class)
@PageTitle("Publish finance tables – SEND Plan Portal")
@NavigationItem(title = "Publish finance tables", order = 440)
@RolesAllowed({"TENANT_ADMIN", "FINANCE_OFFICER"})
public class FinancePublishingView extends Div {

    private final FinancePublishing publishing;
    private final Grid<PublishableTable> grid = new Grid<>(PublishableTable.class, false);

    FinancePublishingView(FinancePublishing publishing) {
        this.publishing = publishing;
        addClassName("page");
        grid.addColumn(PublishableTable::title)
                .setHeader("Table")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(t -> t.kind().label()).setHeader("Kind").setKey("kind");
        grid.addComponentColumn(this::choice)
                .setHeader("Published to parent carers and schools")
                .setKey("published")
                .setAutoWidth(true);
        grid.addColumn(t -> t.published()
                        ? t.publishedBy() + ", " + DisplayFormats.DAY_AND_TIME.format(t.publishedAt())
                        : "")
                .setHeader("Published by")
                .setKey("by")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Finance tables and who may read them");
        grid.setEmptyStateText("No finance tables yet.");
        add(
                new H1("Publish finance tables"),
                new Paragraph(
                        "Parent carers and school editors read only the tables published here, "
                                + "and cannot change them. Nothing is published until you choose it; each choice is kept in the table's history."),
                grid);
        refresh();
    }

    private Checkbox choice(PublishableTable table) {
        Checkbox published = new Checkbox("Publish", table.published());
        published.setAriaLabel("Publish " + table.title() + " to parent carers and schools");
        published.addValueChangeListener(e -> {
            if (e.getValue()) {
                publishing.publish(table.id());
            } else {
                publishing.withdraw(table.id());
            }
            refresh();
        });
        return published;
    }

    private void refresh() {
        grid.setItems(publishing.tables());
    }
}
