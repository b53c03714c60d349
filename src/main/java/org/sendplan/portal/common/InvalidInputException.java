package org.sendplan.portal.common;

import java.util.List;

/**
 * Input a service refuses, with a message written for the person who typed it. When the problem
 * belongs to one field, {@link #field()} names it so the form can show the message beside it.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInputException(String message) {
        this(null, message);
    }

    public String field() {
        return field;
    }

    /** Every problem with the field it belongs to (null when it belongs to none); one, unless a subclass refuses several fields at once. */
    public List<FieldMessage> fieldMessages() {
        return List.of(new FieldMessage(field, getMessage()));
    }

    public record FieldMessage(String field, String message) {}
}
