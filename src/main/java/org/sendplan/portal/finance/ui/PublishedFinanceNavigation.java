package org.sendplan.portal.finance.ui;

import org.sendplan.portal.finance.FinancePublishing;
import org.sendplan.portal.ui.NavigationCondition;
import org.springframework.stereotype.Component;

/** Parent carers and schools see "Finance" in the navigation only once something is published to them. */
@Component
class PublishedFinanceNavigation implements NavigationCondition {

    private final FinancePublishing publishing;

    PublishedFinanceNavigation(FinancePublishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public boolean hides(Class<?> view) {
        return view == PublishedFinanceView.class && publishing.published().isEmpty();
    }
}
