package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.FundingSource;
import org.sendplan.portal.finance.ItemDuration;
import org.sendplan.portal.finance.ProposalCategory;
import org.sendplan.portal.finance.ProposalItemDraft;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.YearlyAmounts;
import org.sendplan.portal.ui.FormErrors;

/** Adds or changes one item of a proposal; the caller saves it with the rest, so a refusal shows here. */
class ProposalItemDialog extends Dialog {

    private final TextField name = new TextField("Item (usually a post)");
    private final ComboBox<ProposalCategory> category = new ComboBox<>("Category");
    private final ComboBox<FundingSource> source = new ComboBox<>("Funding source");
    private final ComboBox<String> duration = new ComboBox<>("Duration");
    private final IntegerField oneOffYears = new IntegerField("One-off for how many years");
    private final TextField note = new TextField("Note");
    private final TextField saving = new TextField();
    private final YearFigureFields costs;
    private final FormErrors errors = new FormErrors();
    private final MoneyUnit unit;

    ProposalItemDialog(ResourceProposalDetails proposal, ProposalItemDraft existing, Consumer<ProposalItemDraft> save) {
        this.unit = proposal.unit();
        setHeaderTitle(existing == null ? "Add an item" : "Change " + existing.name());
        setWidth("min(48rem, 100vw)");
        category.setItems(ProposalCategory.values());
        category.setItemLabelGenerator(ProposalCategory::label);
        source.setItems(FundingSource.values());
        source.setItemLabelGenerator(FundingSource::label);
        duration.setItems("Ongoing", "One-off");
        duration.addValueChangeListener(e -> oneOffYears.setVisible("One-off".equals(e.getValue())));
        oneOffYears.setMin(1);
        saving.setLabel("Expected saving a year, invest to save (" + unit.label() + ")");
        saving.setHelperText("Leave blank unless the item is expected to save money");
        costs = new YearFigureFields(proposal.years(), unit, existing == null ? YearlyAmounts.NONE : existing.costs());
        errors.bind("name", name).bind("saving", saving);
        if (existing != null) {
            name.setValue(existing.name());
            category.setValue(existing.category());
            source.setValue(existing.source());
            note.setValue(existing.note() == null ? "" : existing.note());
            if (existing.expectedAnnualSaving() != null) {
                saving.setValue(
                        Money.format(existing.expectedAnnualSaving(), unit).replace("£", ""));
            }
        }
        ItemDuration current = existing == null ? ItemDuration.ONGOING : existing.duration();
        duration.setValue(current.ongoing() ? "Ongoing" : "One-off");
        oneOffYears.setValue(current.oneOffYears());
        oneOffYears.setVisible(!current.ongoing());
        add(new FormLayout(name, category, source, duration, oneOffYears, note, saving), costs);
        Button ok = new Button("Save item", click -> {
            try {
                save.accept(read());
                close();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }

    private ProposalItemDraft read() {
        ItemDuration chosen = "One-off".equals(duration.getValue())
                ? new ItemDuration(oneOffYears.getValue() == null ? 0 : oneOffYears.getValue())
                : "Ongoing".equals(duration.getValue()) ? ItemDuration.ONGOING : null;
        return new ProposalItemDraft(
                name.getValue(),
                category.getValue(),
                source.getValue(),
                chosen,
                costs.read(),
                note.getValue(),
                expectedSaving());
    }

    private BigDecimal expectedSaving() {
        if (saving.getValue().isBlank()) {
            return null;
        }
        try {
            return Money.parse(saving.getValue(), unit);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("saving", e.getMessage());
        }
    }
}
