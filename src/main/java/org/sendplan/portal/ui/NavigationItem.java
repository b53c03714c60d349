package org.sendplan.portal.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view in the side navigation. The shell finds views by this annotation and shows each to
 * whoever its access annotations admit, so feature modules add screens without the shell knowing them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavigationItem {

    String title();

    /** Lower comes first. */
    int order() default 100;
}
