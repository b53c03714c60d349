package org.sendplan.portal.comments;

/**
 * A commentable record as its module describes it: a title and address for lists, and whether the current
 * person may add comments to it now ({@code closedBecause} says why not, in words for them).
 */
public record TargetDescription(String title, String link, String closedBecause) {

    public static TargetDescription open(String title, String link) {
        return new TargetDescription(title, link, null);
    }

    public boolean mayComment() {
        return closedBecause == null;
    }
}
