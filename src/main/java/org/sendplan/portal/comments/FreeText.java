package org.sendplan.portal.comments;

import java.util.Locale;
import org.sendplan.portal.common.InvalidInputException;

/** Text people type (comments, reasons): required and within a length, refused in words that keep what they typed. */
final class FreeText {

    private FreeText() {}

    static String required(String field, String text, int max, String whenMissing, String what) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException(field, whenMissing);
        }
        if (stripped.length() > max) {
            throw new InvalidInputException(
                    field,
                    String.format(
                            Locale.UK,
                            "Keep %s to %,d characters: this one has %,d. Your text is still here to shorten.",
                            what,
                            max,
                            stripped.length()));
        }
        return stripped;
    }
}
