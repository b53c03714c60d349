package org.sendplan.portal.plans;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to a plan's page (its consultation and the forum's position, say),
 * so plans need not depend on that module. Empty when there is nothing to show the signed-in person.
 */
public interface PlanPageSection {

    Optional<Component> sectionFor(PlanSummary plan);
}
