package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.SavingsTargetDetails;
import org.sendplan.portal.finance.ServiceBudgetLineDraft;
import org.sendplan.portal.ui.FormErrors;

/** Adds or changes one service's budgets; the caller saves it with the rest, so a refusal shows here. */
class ServiceBudgetLineDialog extends Dialog {

    ServiceBudgetLineDialog(
            SavingsTargetDetails table, ServiceBudgetLineDraft existing, Consumer<ServiceBudgetLineDraft> save) {
        MoneyUnit unit = table.draft().unit();
        setHeaderTitle(existing == null ? "Add a service" : "Change " + existing.service());
        TextField service = new TextField("Service");
        TextField lastYear = new TextField("Last year's budget (" + unit.label() + ")");
        TextField thisYear = new TextField("This year's budget (" + unit.label() + ")");
        if (existing != null) {
            service.setValue(existing.service());
            lastYear.setValue(Money.format(existing.lastYearBudget(), unit).replace("£", ""));
            thisYear.setValue(Money.format(existing.thisYearBudget(), unit).replace("£", ""));
        }
        FormErrors errors = new FormErrors()
                .bind("service", service)
                .bind("lastYear", lastYear)
                .bind("thisYear", thisYear);
        add(new FormLayout(service, lastYear, thisYear));
        Button ok = new Button("Save service", click -> {
            try {
                save.accept(new ServiceBudgetLineDraft(
                        service.getValue(), amount(lastYear, "lastYear", unit), amount(thisYear, "thisYear", unit)));
                close();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }

    private static BigDecimal amount(TextField field, String property, MoneyUnit unit) {
        try {
            return Money.parse(field.getValue(), unit);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(property, e.getMessage());
        }
    }
}
