package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.participation.ForumSignOffService;
import org.sendplan.portal.participation.SignOffSetting;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** The tenant administrator decides whether board approval waits for the forum's recorded position. */
@Route(value = "t/:tenant/admin/co-production", layout = MainLayout.class)
@PageTitle("Co-production settings – SEND Plan Portal")
@NavigationItem(title = "Co-production settings", order = 830)
@RolesAllowed("TENANT_ADMIN")
public class CoProductionSettingsView extends Div implements BeforeEnterObserver {

    private final ForumSignOffService signOffs;

    CoProductionSettingsView(ForumSignOffService signOffs) {
        this.signOffs = signOffs;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(signOffs.signOffSetting());
    }

    private void show(SignOffSetting setting) {
        removeAll();
        Checkbox required = new Checkbox(
                "The board may approve a plan version only once the parent carer forum has recorded its position");
        required.setValue(setting.required());
        FormErrors errors = new FormErrors();
        Button save = new Button("Save", click -> {
            try {
                SignOffSetting saved = signOffs.requireSignOff(required.getValue(), setting.version());
                Notification.show("Saved.");
                show(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1("Co-production settings"),
                required,
                new Paragraph(
                        setting.changedBy() == null
                                ? "Not changed yet."
                                : "Last changed by " + setting.changedBy() + " on "
                                        + DisplayFormats.LONG_DAY_AT_TIME.format(setting.changedAt()) + "."),
                save);
    }
}
