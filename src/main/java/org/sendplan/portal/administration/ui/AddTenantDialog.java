package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.ui.FormErrors;

class AddTenantDialog extends Dialog {

    private final TextField name = new TextField("Local authority name");
    private final TextField slug = new TextField("Web address name");
    private final TextField laCode = new TextField("DfE LA code");
    private final TextField region = new TextField("Region");
    private final TextArea neighbours = new TextArea("Statistical neighbours");
    private final TextField adminName = new TextField("Full name");
    private final TextField adminUsername = new TextField("Username");
    private final EmailField adminEmail = new EmailField("Email");
    private final PasswordField adminPassword = new PasswordField("First password");
    private final FormErrors errors = new FormErrors();

    AddTenantDialog(TenantOnboarding onboarding, Runnable afterSave) {
        setHeaderTitle("Add a local authority");
        slug.setHelperText("Lower-case letters, numbers and hyphens; used in addresses such as /t/north-shire");
        laCode.setHelperText("Three digits, for example 937");
        neighbours.setHelperText("One per line or separated by commas");
        adminPassword.setHelperText("At least 12 characters; they should change it after first sign-in");
        errors.bind("name", name)
                .bind("slug", slug)
                .bind("laCode", laCode)
                .bind("region", region)
                .bind("displayName", adminName)
                .bind("username", adminUsername)
                .bind("email", adminEmail)
                .bind("password", adminPassword);
        FormLayout form = new FormLayout(name, slug, laCode, region, neighbours);
        FormLayout admin = new FormLayout(adminName, adminUsername, adminEmail, adminPassword);
        add(form, new H3("First tenant administrator"), admin);
        Button save = new Button("Add local authority", click -> {
            try {
                onboarding.onboard(
                        new NewTenant(
                                name.getValue(),
                                slug.getValue().trim(),
                                laCode.getValue().trim(),
                                region.getValue(),
                                Arrays.asList(neighbours.getValue().split("[,\\n]"))),
                        new NewAccount(
                                adminUsername.getValue().trim(),
                                adminName.getValue(),
                                adminEmail.getValue(),
                                adminPassword.getValue()));
                Notification.show(name.getValue().trim() + " has been added.");
                close();
                afterSave.run();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
