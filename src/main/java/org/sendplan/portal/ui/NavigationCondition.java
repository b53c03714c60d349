package org.sendplan.portal.ui;

/**
 * A feature module's say on whether one of its navigation items is worth showing to the person now, beyond
 * what their roles allow: a page that would be empty for them (nothing published yet) is left out.
 */
public interface NavigationCondition {

    /** True when {@code view} should be left out of the navigation for the signed-in person. */
    boolean hides(Class<?> view);
}
