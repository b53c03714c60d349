package org.sendplan.portal.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendplan.portal.api.AccessTokenDraft;
import org.sendplan.portal.api.AccessTokenService;
import org.sendplan.portal.api.AccessTokenSummary;
import org.sendplan.portal.api.NewAccessToken;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** A person's tokens for the API: create one (its secret shown once), see when each was last used, revoke. */
@Route(value = "t/:tenant/access-tokens", layout = MainLayout.class)
@PageTitle("Personal access tokens – SEND Plan Portal")
@NavigationItem(title = "Personal access tokens", order = 900)
@RolesAllowed({"SCHOOL_EDITOR", "LA_OFFICER"})
public class AccessTokensView extends Div {
    private static final DateTimeFormatter WHEN = DisplayFormats.DAY.withZone(PortalTime.LONDON);

    private final AccessTokenService tokens;
    private final Grid<AccessTokenSummary> grid = new Grid<>(AccessTokenSummary.class, false);
    private final Div created = new Div();

    AccessTokensView(AccessTokenService tokens) {
        this.tokens = tokens;
        addClassName("page");
        add(
                new H1("Personal access tokens"),
                new Paragraph(
                        "A token lets your school's information system use the portal's API "
                                + "as you: it can do what you can do, in this local authority only. Keep it secret, like a password."),
                new Anchor("/swagger-ui.html", "Read the API documentation"));
        created.setVisible(false);
        created.addClassName("card");
        add(created, createForm(), new H2("Your tokens"));
        grid.addColumn(AccessTokenSummary::name)
                .setHeader("Name")
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created").setKey("created");
        grid.addColumn(t -> DisplayFormats.DAY.format(t.expiresOn()))
                .setHeader("Expires")
                .setKey("expires");
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : DisplayFormats.DAY_AND_TIME.format(t.lastUsedAt()))
                .setHeader("Last used")
                .setKey("lastUsed");
        grid.addColumn(t -> t.statusOn(AccessTokenService.today()).label())
                .setHeader("Status")
                .setKey("status");
        grid.addComponentColumn(this::revokeButton).setHeader("Revoke").setKey("revoke");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Your tokens");
        grid.setEmptyStateText("You have no tokens.");
        add(grid);
        refresh();
    }

    private Div createForm() {
        TextField name = new TextField("Name");
        name.setHelperText("What will use it, such as \"Arbor MIS\"");
        name.setMaxLength(80);
        DatePicker expiresOn = new DatePicker("Expires on");
        expiresOn.setHelperText("At most a year from today; the token works until the end of that day");
        expiresOn.setLocale(Locale.UK);
        expiresOn.setMin(AccessTokenService.today().plusDays(1));
        expiresOn.setMax(AccessTokenService.latestExpiry());
        expiresOn.setValue(AccessTokenService.today().plusDays(AccessTokenService.DEFAULT_DAYS));
        expiresOn.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage("Enter the expiry date like 31/03/2027")
                .setMinErrorMessage("The expiry date must be after today")
                .setMaxErrorMessage("A token may last at most a year"));
        FormErrors errors = new FormErrors().bind("name", name).bind("expiresOn", expiresOn);
        Button create = new Button("Create token", click -> {
            try {
                NewAccessToken token = tokens.create(new AccessTokenDraft(name.getValue(), expiresOn.getValue()));
                errors.clear();
                name.clear();
                showOnce(token);
                refresh();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2("Create a token"), new FormLayout(name, expiresOn), create);
        form.addClassName("token-form");
        return form;
    }

    private void showOnce(NewAccessToken token) {
        TextField secret = new TextField("Your new token, " + token.token().name());
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(
                "Copy token",
                click -> click.getSource().getElement().executeJs("navigator.clipboard.writeText($0)", token.secret()));
        created.removeAll();
        created.add(
                new H2("Copy your token now"),
                new Paragraph(
                        "This is the only time the portal shows it: it keeps only a fingerprint it cannot be read back from. "
                                + "Copy it with the button, or select it and press Ctrl+C (⌘C on a Mac), and paste it into your school's system. "
                                + "If you lose it, revoke it and create another."),
                secret,
                copy);
        created.setVisible(true);
    }

    private Button revokeButton(AccessTokenSummary token) {
        Button revoke = new Button("Revoke", click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke " + token.name());
        revoke.setVisible(token.statusOn(AccessTokenService.today()) == AccessTokenSummary.Status.ACTIVE);
        return revoke;
    }

    private void confirmRevoke(AccessTokenSummary token) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Revoke " + token.name() + "?");
        confirm.add(new Paragraph("Any system using this token stops working at once. This cannot be undone."));
        Button revoke = new Button("Revoke token", click -> {
            tokens.revoke(token.id(), token.version());
            confirm.close();
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), revoke);
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.myTokens());
    }
}
