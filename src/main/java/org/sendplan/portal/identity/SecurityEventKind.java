package org.sendplan.portal.identity;

public enum SecurityEventKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Failed sign-in"),
    ACCOUNT_LOCKED("Account locked"),
    SIGN_IN_REFUSED("Sign-in refused"),
    SIGN_OUT("Signed out"),
    TENANT_CHOSEN("Chose local authority"),
    ACCESS_DENIED("Access denied");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
