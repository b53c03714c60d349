package org.sendplan.portal.returns;

/** A collection is set up (fields still changing, schools see nothing), then opened to the schools asked. */
public enum CollectionStatus {
    SETTING_UP("Being set up"),
    OPEN("Open");

    private final String label;

    CollectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
