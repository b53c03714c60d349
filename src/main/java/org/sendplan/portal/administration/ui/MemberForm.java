package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.administration.MemberDirectory;
import org.sendplan.portal.administration.MemberRow;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.ui.FormErrors;

/** Adds a member (with a new or existing account), or changes a member's roles and organisation. */
class MemberForm extends Dialog {

    private final TextField displayName = new TextField("Full name");
    private final TextField username = new TextField("Username");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("First password");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final ComboBox<OrganisationDetails> organisation = new ComboBox<>("Organisation");
    private final FormErrors errors = new FormErrors();

    MemberForm(
            MemberDirectory directory,
            MembershipService memberships,
            OrganisationService organisations,
            MemberRow existing,
            Runnable afterSave) {
        setHeaderTitle(existing == null ? "Add a member" : "Change " + existing.displayName());
        roles.setItems(Arrays.stream(Role.values())
                .filter(r -> r != Role.PLATFORM_ADMIN)
                .toList());
        roles.setItemLabelGenerator(Role::label);
        organisation.setItems(organisations.organisations());
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.kind().label() + ")");
        organisation.setHelperText("Required for a school editor: the school they submit returns for");
        organisation.setClearButtonVisible(true);
        password.setHelperText("At least 12 characters. Leave empty if the person already has an account.");
        errors.bind("displayName", displayName)
                .bind("username", username)
                .bind("email", email)
                .bind("password", password)
                .bind("roles", roles)
                .bind("organisation", organisation);
        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(displayName, username, email, password);
        } else {
            roles.setValue(existing.roles());
            organisations.organisations().stream()
                    .filter(o -> o.id().equals(existing.organisationId()))
                    .findFirst()
                    .ifPresent(organisation::setValue);
        }
        form.add(roles, organisation);
        add(form);

        Button save = new Button("Save", click -> {
            Set<Role> chosen =
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            UUID organisationId = organisation.getValue() == null
                    ? null
                    : organisation.getValue().id();
            try {
                if (existing == null) {
                    directory.addMember(
                            new NewAccount(
                                    username.getValue().trim(),
                                    displayName.getValue(),
                                    email.getValue(),
                                    password.getValue()),
                            chosen,
                            organisationId);
                } else {
                    memberships.changeMember(existing.membershipId(), existing.version(), chosen, organisationId);
                }
                Notification.show("Saved. Role changes apply the next time the person signs in.");
                close();
                afterSave.run();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()));
        if (existing != null) {
            Button remove = new Button(
                    "Remove from this local authority", click -> confirmRemoval(memberships, existing, afterSave));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(remove);
        }
        getFooter().add(save);
    }

    private void confirmRemoval(MembershipService memberships, MemberRow existing, Runnable afterSave) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove " + existing.displayName() + "?",
                "They will no longer be able to work in this local authority. Their past contributions are kept.",
                "Remove",
                e -> {
                    try {
                        memberships.removeMember(existing.membershipId(), existing.version());
                        Notification.show(existing.displayName() + " has been removed.");
                        close();
                        afterSave.run();
                    } catch (RuntimeException problem) {
                        errors.show(problem);
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }
}
