package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.LinkedAction;
import org.sendplan.portal.ui.FormErrors;

/** Chooses the plan actions a KPI measures; each action's page then shows the KPI and its RAG. */
class LinkActionsDialog extends Dialog {

    LinkActionsDialog(KpiService kpis, KpiDetails kpi, Consumer<KpiDetails> afterSave) {
        setHeaderTitle("Link plan actions");
        List<LinkedAction> choices = kpis.actionChoices();
        MultiSelectComboBox<LinkedAction> actions = new MultiSelectComboBox<>("Actions this KPI measures");
        actions.setItems(choices);
        actions.setItemLabelGenerator(LinkedAction::activity);
        actions.setValue(choices.stream()
                .filter(a -> kpi.linkedActionIds().contains(a.id()))
                .collect(Collectors.toSet()));
        actions.setWidthFull();
        FormErrors errors = new FormErrors().bind("actions", actions);
        add(actions);
        SaveFooter.add(
                this,
                "Save links",
                errors,
                () -> kpis.linkActions(
                        kpi.id(),
                        kpi.version(),
                        actions.getValue().stream().map(LinkedAction::id).collect(Collectors.toSet())),
                afterSave);
        setWidth("40rem");
    }
}
