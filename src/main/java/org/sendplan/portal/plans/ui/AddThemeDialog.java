package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.ui.FormErrors;

class AddThemeDialog extends Dialog {

    AddThemeDialog(UUID planId, PlanService plans, Runnable afterSave) {
        setHeaderTitle("Add a theme");
        TextField title = new TextField("Theme title");
        title.setRequired(true);
        title.setMaxLength(300);
        title.setHelperText("For example: Preparing for Adulthood");
        title.setWidthFull();
        FormErrors errors = new FormErrors().bind("title", title);
        add(title);
        Button save = new Button("Add theme", click -> {
            try {
                plans.addTheme(planId, title.getValue());
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
