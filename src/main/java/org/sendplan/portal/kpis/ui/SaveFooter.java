package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.ui.FormErrors;

/** The Cancel and Save buttons of every KPI dialog: a refusal stays in the dialog beside its field, a save closes it. */
final class SaveFooter {

    private SaveFooter() {}

    static void add(
            Dialog dialog, String label, FormErrors errors, Supplier<KpiDetails> save, Consumer<KpiDetails> afterSave) {
        Button button = new Button(label, click -> {
            try {
                KpiDetails saved = save.get();
                dialog.close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), button);
    }
}
