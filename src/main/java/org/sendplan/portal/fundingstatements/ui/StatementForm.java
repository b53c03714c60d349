package org.sendplan.portal.fundingstatements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.fundingstatements.SenFundingDraft;
import org.sendplan.portal.fundingstatements.SenFundingService;
import org.sendplan.portal.fundingstatements.SpendCategory;
import org.sendplan.portal.fundingstatements.StatementDetails;
import org.sendplan.portal.fundingstatements.StatementStatus;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.ui.FormErrors;

/**
 * The school editor's form: the budget, the six lines of spend and the narrative, with the total and the
 * difference worked out as they type, and the buttons the statement's state allows.
 */
class StatementForm extends Div {

    private final TextField budget = new TextField("Notional SEN budget (£)");
    private final Map<SpendCategory, TextField> spend = new EnumMap<>(SpendCategory.class);
    private final TextArea narrative = new TextArea("Narrative");
    private final Paragraph computed = new Paragraph();
    private final FormErrors errors = new FormErrors();

    StatementForm(
            SenFundingService statements,
            OrganisationDetails school,
            FinancialYear year,
            StatementDetails statement,
            Runnable afterChange) {
        FormLayout form = new FormLayout(budget);
        errors.bind("notionalBudget", budget);
        for (SpendCategory category : SpendCategory.values()) {
            TextField field = new TextField("Spent on: " + category.label() + " (£)");
            spend.put(category, field);
            errors.bind(category.property(), field);
            form.add(field);
        }
        form.add(narrative, 2);
        errors.bind("narrative", narrative);
        narrative.setHelperText("How the budget was spent and what difference it made, in plain words. At most "
                + SenFundingDraft.NARRATIVE_LIMIT + " characters.");
        narrative.setMaxLength(SenFundingDraft.NARRATIVE_LIMIT);
        boolean submitted = statement != null && statement.status() == StatementStatus.SUBMITTED;
        if (statement != null) {
            budget.setValue(plain(statement.figures().notionalBudget()));
            spend.forEach((category, field) ->
                    field.setValue(plain(statement.figures().spentOn(category))));
            narrative.setValue(statement.figures().narrative());
        }
        for (TextField field : amountFields()) {
            field.setReadOnly(submitted);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> showComputed());
        }
        narrative.setReadOnly(submitted);
        computed.addClassName("statement-computed");
        computed.getElement().setAttribute("aria-live", "polite");
        add(new H2(submitted ? "The statement as submitted" : "Your figures"), form, computed);
        showComputed();
        Long version = statement == null ? null : statement.version();
        if (submitted) {
            add(
                    button(
                            statement.published() ? "Take off the public page" : "Publish on the school's public page",
                            true,
                            figures -> statements.publish(school.urn(), year, version, !statement.published()),
                            afterChange),
                    button(
                            "Return to draft to change it",
                            false,
                            figures -> statements.returnToDraft(school.urn(), year, version),
                            afterChange));
        } else {
            add(
                    button(
                            "Save draft",
                            true,
                            figures -> statements.save(school.urn(), year, version, figures),
                            afterChange),
                    button(
                            "Submit to the local authority",
                            false,
                            figures -> statements.submit(school.urn(), year, version, figures),
                            afterChange));
        }
    }

    /** Reads the form first: amounts that are not money are marked beside their fields and nothing is sent. */
    private Button button(String text, boolean primary, Consumer<SenFundingDraft> action, Runnable afterChange) {
        Button button = new Button(text, click -> {
            errors.clear();
            read().ifPresent(figures -> {
                try {
                    action.accept(figures);
                    afterChange.run();
                } catch (RuntimeException e) {
                    errors.show(e);
                }
            });
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Optional<SenFundingDraft> read() {
        boolean readable = true;
        Map<TextField, BigDecimal> amounts = new HashMap<>();
        for (TextField field : amountFields()) {
            try {
                amounts.put(field, amountIn(field).orElse(null));
            } catch (InvalidInputException e) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
                readable = false;
            }
        }
        if (!readable) {
            return Optional.empty();
        }
        return Optional.of(new SenFundingDraft(
                amounts.get(budget),
                amounts.get(spend.get(SpendCategory.STAFFING)),
                amounts.get(spend.get(SpendCategory.SENCO_TIME)),
                amounts.get(spend.get(SpendCategory.INTERVENTIONS)),
                amounts.get(spend.get(SpendCategory.TRAINING)),
                amounts.get(spend.get(SpendCategory.RESOURCES)),
                amounts.get(spend.get(SpendCategory.BOUGHT_IN_SERVICES)),
                narrative.getValue()));
    }

    private List<TextField> amountFields() {
        List<TextField> fields = new ArrayList<>(List.of(budget));
        fields.addAll(spend.values());
        return fields;
    }

    private void showComputed() {
        try {
            BigDecimal total = BigDecimal.ZERO;
            for (TextField field : spend.values()) {
                total = total.add(amountIn(field).orElse(BigDecimal.ZERO));
            }
            BigDecimal difference = amountIn(budget).orElse(BigDecimal.ZERO).subtract(total);
            computed.setText("Total spent (computed): " + Money.format(total) + ". Difference from the budget: "
                    + StatementPages.difference(difference) + ".");
        } catch (InvalidInputException e) {
            computed.setText("The total appears when every amount is an amount of money.");
        }
    }

    private static Optional<BigDecimal> amountIn(TextField field) {
        return field.getValue().isBlank() ? Optional.empty() : Optional.of(Money.parse(field.getValue()));
    }

    private static String plain(BigDecimal amount) {
        return Money.format(amount).replace("£", "");
    }
}
