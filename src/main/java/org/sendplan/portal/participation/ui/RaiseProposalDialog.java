package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.participation.EstimateKind;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalDraft;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.ThemeDetails;
import org.sendplan.portal.ui.FormErrors;

/** Raises a proposal on a plan open to partners; a refused field keeps everything typed and says what to change. */
class RaiseProposalDialog extends Dialog {

    private final ComboBox<PlanSummary> plan = new ComboBox<>("Plan");
    private final ComboBox<ThemeDetails> theme = new ComboBox<>("Theme");
    private final TextField title = new TextField("Title");
    private final TextArea problem = new TextArea("The problem");
    private final TextArea idea = new TextArea("Your idea");
    private final TextArea impact = new TextArea("Expected impact");
    private final TextField estimate = new TextField("Cost or saving estimate (£, optional)");
    private final RadioButtonGroup<EstimateKind> estimateKind = new RadioButtonGroup<>("The estimate is a");
    private final FormErrors errors = new FormErrors();

    RaiseProposalDialog(ProposalService proposals, PlanService plans, Consumer<ProposalDetails> afterSave) {
        setHeaderTitle("Raise a proposal");
        List<PlanSummary> open =
                plans.plans().stream().filter(p -> p.status().openToPartners()).toList();
        plan.setItems(open);
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.addValueChangeListener(e -> {
            theme.clear();
            theme.setItems(
                    e.getValue() == null ? List.of() : plans.themes(e.getValue().id()));
        });
        theme.setItemLabelGenerator(ThemeDetails::title);
        if (open.size() == 1) {
            plan.setValue(open.getFirst());
        }
        title.setMaxLength(200);
        title.setRequired(true);
        problem.setHelperText("What is not working now, and for whom");
        estimate.setHelperText("Exact pounds, e.g. 25000 or 1,250.50");
        estimateKind.setItems(EstimateKind.values());
        estimateKind.setItemLabelGenerator(EstimateKind::label);
        errors.bind("planId", plan)
                .bind("themeId", theme)
                .bind("title", title)
                .bind("problem", problem)
                .bind("idea", idea)
                .bind("expectedImpact", impact)
                .bind("estimate", estimate)
                .bind("estimateKind", estimateKind);
        add(new FormLayout(plan, theme, title, problem, idea, impact, estimate, estimateKind));
        Button raise = new Button("Raise proposal", click -> {
            try {
                ProposalDetails saved = proposals.raise(new ProposalDraft(
                        plan.getValue() == null ? null : plan.getValue().id(),
                        theme.getValue() == null ? null : theme.getValue().id(),
                        title.getValue(),
                        problem.getValue(),
                        idea.getValue(),
                        impact.getValue(),
                        amount(),
                        estimateKind.getValue()));
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), raise);
    }

    private BigDecimal amount() {
        if (estimate.getValue().isBlank()) {
            return null;
        }
        try {
            return Money.parse(estimate.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "estimate", "Enter the estimate in pounds and pence, e.g. 25000 or 1,250.50");
        }
    }
}
