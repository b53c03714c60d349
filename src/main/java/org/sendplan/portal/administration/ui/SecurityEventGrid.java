package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.SecurityEventRecord;

class SecurityEventGrid extends Grid<SecurityEventRecord> {

    SecurityEventGrid(List<SecurityEventRecord> events) {
        super(SecurityEventRecord.class, false);
        addColumn(e -> DisplayFormats.DAY_AND_SECONDS.format(e.occurredAt()))
                .setHeader("When (UK time)")
                .setAutoWidth(true);
        addColumn(e -> e.kind().label()).setHeader("What").setAutoWidth(true);
        addColumn(SecurityEventRecord::username).setHeader("Username").setAutoWidth(true);
        addColumn(SecurityEventRecord::sourceAddress).setHeader("From address").setAutoWidth(true);
        addColumn(SecurityEventRecord::detail).setHeader("Detail").setFlexGrow(1);
        setItems(events);
        setAriaLabel("Sign-in log");
        setEmptyStateText("Nothing has been logged yet.");
    }
}
