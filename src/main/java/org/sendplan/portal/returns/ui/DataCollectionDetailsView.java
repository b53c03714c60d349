package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.returns.AreaProgress;
import org.sendplan.portal.returns.CollectionProgress;
import org.sendplan.portal.returns.CollectionStatus;
import org.sendplan.portal.returns.DataCollectionDetails;
import org.sendplan.portal.returns.DataCollectionService;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldTotal;
import org.sendplan.portal.returns.ReturnImportService;
import org.sendplan.portal.returns.ReturnRules;
import org.sendplan.portal.returns.ReturnStatus;
import org.sendplan.portal.returns.ReturnSummary;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;

/** The LA's view of one collection: its fields, completion by school and planning area, overdue returns, queries and the roll-up into KPIs. */
@Route(value = "t/:tenant/collections/:id", layout = MainLayout.class)
@RolesAllowed({"LA_OFFICER", "TENANT_ADMIN"})
public class DataCollectionDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DataCollectionService collections;
    private final ReturnImportService imports;
    private final String base;
    private UUID id;
    private String title = "Collection";

    DataCollectionDetailsView(DataCollectionService collections, ReturnImportService imports, CurrentUser currentUser) {
        this.collections = collections;
        this.imports = imports;
        this.base = ReturnPages.tenantBase(currentUser);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters()
                .get("id")
                .flatMap(ReturnPages::idFrom)
                .filter(found -> collections.find(found).isPresent())
                .orElseThrow(NotFoundException::new);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title + " – SEND Plan Portal";
    }

    private void refresh() {
        CollectionProgress progress = collections.progress(id);
        DataCollectionDetails collection = progress.collection();
        title = collection.title();
        removeAll();
        add(new H1(collection.title()), new Paragraph(about(collection)), buttons(collection), fields(collection));
        if (collection.status() == CollectionStatus.OPEN) {
            add(
                    completion(progress),
                    returnLinks("Overdue", progress.overdue(), "No return is overdue."),
                    returnLinks("Queries outstanding", progress.queried(), "No query is waiting for a school."),
                    rollUp(progress.totals()),
                    schools(progress.returns()));
        }
    }

    private static String about(DataCollectionDetails collection) {
        String areas = collection.draft().planningAreas().isEmpty()
                ? "every planning area"
                : String.join(", ", collection.draft().planningAreas());
        return collection.draft().period().label() + " · "
                + collection.draft().phases().stream()
                        .map(SchoolPhase::label)
                        .sorted()
                        .collect(Collectors.joining(", "))
                + " schools in " + areas + " · opens "
                + ReturnPages.day(collection.draft().opensOn())
                + " · deadline " + ReturnPages.day(collection.deadline()) + " · "
                + collection.status().label() + " · set up by " + collection.createdBy();
    }

    private Component buttons(DataCollectionDetails collection) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (collection.status() == CollectionStatus.SETTING_UP) {
            Button open = new Button("Open to schools", click -> {
                collections.open(collection.id(), collection.version());
                refresh();
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(
                    open,
                    new Button(
                            "Change", click -> new CollectionForm(collections, collection, saved -> refresh()).open()));
        } else {
            buttons.add(new Button(
                    "Upload figures", click -> new ReturnImportDialog(imports, collection, this::refresh).open()));
        }
        return buttons;
    }

    private static Component fields(DataCollectionDetails collection) {
        Grid<FieldDefinition> grid = new Grid<>(FieldDefinition.class, false);
        grid.addColumn(FieldDefinition::label)
                .setHeader("Field")
                .setKey("label")
                .setFlexGrow(2);
        grid.addColumn(FieldDefinition::code).setHeader("Column heading").setKey("code");
        grid.addColumn(f -> rules(f, collection.draft().fields()))
                .setHeader("Rules")
                .setKey("rules")
                .setFlexGrow(3);
        grid.setItems(collection.draft().fields());
        grid.setAllRowsVisible(true);
        grid.addClassName("wrap-cells");
        grid.setAriaLabel("Fields asked for");
        return new Section(new H2("Fields"), grid);
    }

    private static String rules(FieldDefinition field, List<FieldDefinition> all) {
        StringBuilder text =
                new StringBuilder(field.type().label()).append(field.required() ? ", required" : ", optional");
        if (field.minimum() != null) {
            text.append(", at least ").append(ReturnRules.format(field.minimum()));
        }
        if (field.maximum() != null) {
            text.append(", at most ").append(ReturnRules.format(field.maximum()));
        }
        all.stream()
                .filter(other -> other.code().equals(field.notMoreThan()))
                .findFirst()
                .ifPresent(other -> text.append(", not more than ").append(other.label()));
        if (field.changeThresholdPercent() != null) {
            text.append(", comment on a change above ")
                    .append(field.changeThresholdPercent().stripTrailingZeros().toPlainString())
                    .append('%');
        }
        return text.toString();
    }

    private static Component completion(CollectionProgress progress) {
        Div figures = new Div(
                figure(progress.returns().size(), "schools asked"),
                figure(
                        progress.returns().stream()
                                .filter(r -> r.status().handedIn())
                                .count(),
                        "handed in"),
                figure(progress.count(ReturnStatus.ACCEPTED), "accepted"),
                figure(progress.queried().size(), "queried"),
                figure(progress.overdue().size(), "overdue"));
        figures.addClassName("figures");
        Grid<AreaProgress> areas = new Grid<>(AreaProgress.class, false);
        areas.addColumn(AreaProgress::area)
                .setHeader("Planning area")
                .setKey("area")
                .setFlexGrow(2);
        areas.addColumn(AreaProgress::asked).setHeader("Asked").setKey("asked").setTextAlign(ColumnTextAlign.END);
        areas.addColumn(AreaProgress::handedIn)
                .setHeader("Handed in")
                .setKey("handedIn")
                .setTextAlign(ColumnTextAlign.END);
        areas.addColumn(AreaProgress::accepted)
                .setHeader("Accepted")
                .setKey("accepted")
                .setTextAlign(ColumnTextAlign.END);
        areas.addColumn(AreaProgress::overdue)
                .setHeader("Overdue")
                .setKey("overdue")
                .setTextAlign(ColumnTextAlign.END);
        areas.setItems(progress.byArea());
        areas.setAllRowsVisible(true);
        areas.setAriaLabel("Completion by planning area");
        return new Section(new H2("Completion"), figures, new H2("By planning area"), areas);
    }

    private static Component figure(long value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Div figure = new Div(number, new Span(" " + label));
        figure.addClassName("figure");
        return figure;
    }

    private Component returnLinks(String heading, List<ReturnSummary> returns, String none) {
        Section section = new Section(new H2(heading));
        if (returns.isEmpty()) {
            section.add(new Paragraph(none));
            return section;
        }
        UnorderedList list = new UnorderedList();
        returns.forEach(r -> list.add(new ListItem(
                new Anchor(base + "returns/" + r.id(), r.schoolName()),
                new Span(" (" + (r.planningArea() == null ? "no planning area" : r.planningArea()) + ") – "
                        + r.status().label()))));
        section.add(list);
        return section;
    }

    private Component rollUp(List<FieldTotal> totals) {
        Grid<FieldTotal> grid = new Grid<>(FieldTotal.class, false);
        grid.addColumn(t -> t.field().label())
                .setHeader("Field")
                .setKey("field")
                .setFlexGrow(2);
        grid.addColumn(t -> ReturnRules.format(t.sum()))
                .setHeader("Sum of accepted returns")
                .setKey("sum")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(FieldTotal::figures)
                .setHeader("Schools with a figure")
                .setKey("figures")
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(t -> t.kpiName() == null
                        ? new Span("Stands alone")
                        : GridLink.to(
                                base + "kpis/" + t.field().kpiId(),
                                t.kpiName() + " (" + t.field().kpiPart().label().toLowerCase() + ")"))
                .setHeader("Feeds the KPI")
                .setKey("kpi")
                .setFlexGrow(2);
        grid.setItems(totals);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Roll-up of accepted figures");
        return new Section(
                new H2("Roll-up into KPIs"),
                new Paragraph("Accepted returns only; each KPI combines its fields as its unit needs."),
                grid);
    }

    private Component schools(List<ReturnSummary> returns) {
        Grid<ReturnSummary> grid = new Grid<>(ReturnSummary.class, false);
        grid.addComponentColumn(r -> GridLink.to(base + "returns/" + r.id(), r.schoolName()))
                .setHeader("School")
                .setKey("school")
                .setFlexGrow(2);
        grid.addColumn(ReturnSummary::urn).setHeader("URN").setKey("urn");
        grid.addColumn(r -> r.planningArea() == null ? "" : r.planningArea())
                .setHeader("Planning area")
                .setKey("area");
        grid.addComponentColumn(r -> ReturnPages.status(r.status()))
                .setHeader("Status")
                .setKey("status");
        grid.addColumn(r -> r.overdue() ? "Overdue" : "").setHeader("Overdue").setKey("overdue");
        grid.addColumn(r -> DisplayFormats.DAY_AND_TIME.format(r.lastChangedAt()))
                .setHeader("Last change")
                .setKey("changed");
        grid.setItems(returns);
        grid.setAriaLabel("Every school's return");
        grid.setHeight("32rem");
        return new Section(new H2("Schools"), grid);
    }
}
