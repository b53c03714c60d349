package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.ui.FormErrors;

/** Names a new version of a forecast, which starts as a copy; the earlier version stays as it was. */
class NewForecastVersionDialog extends Dialog {

    NewForecastVersionDialog(
            HighNeedsForecastService forecasts,
            HighNeedsForecastDetails earlier,
            Consumer<HighNeedsForecastDetails> afterCopy) {
        setHeaderTitle("Copy as a new version");
        TextField label = new TextField("Name of the new version");
        label.setHelperText("Such as 'Q2 monitoring'");
        FormErrors errors = new FormErrors().bind("versionLabel", label);
        add(label);
        Button copy = new Button("Copy", click -> {
            try {
                HighNeedsForecastDetails created = forecasts.copyAsNewVersion(earlier.id(), label.getValue());
                close();
                afterCopy.accept(created);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), copy);
    }
}
