package org.sendplan.portal.plans;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * A section another module adds to an action's page (the KPIs that measure it, say), so plans need
 * not depend on that module. Empty when there is nothing to show the signed-in person.
 */
public interface ActionPageSection {

    Optional<Component> sectionFor(UUID actionId);
}
