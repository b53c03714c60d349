package org.sendplan.portal.plans;

/** Told after each saved row of an import, so a long import can show how far it has got. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void rowsSaved(int done, int total);
}
