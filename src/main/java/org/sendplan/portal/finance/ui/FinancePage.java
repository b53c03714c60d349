package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.finance.FinanceChangeRecord;

/** Small pieces every finance screen shares. */
final class FinancePage {

    private FinancePage() {}

    static Optional<UUID> idFrom(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Who changed the table, when, and what they did; newest first. */
    static Div history(List<FinanceChangeRecord> changes) {
        UnorderedList list = new UnorderedList();
        changes.forEach(change -> list.add(new ListItem(
                DisplayFormats.DAY_AND_TIME.format(change.at()) + " – " + change.by() + ": " + change.summary())));
        Div section = new Div(new H2("History of changes"), list);
        section.addClassName("finance-history");
        return section;
    }
}
