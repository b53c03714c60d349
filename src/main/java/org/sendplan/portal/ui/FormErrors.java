package org.sendplan.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendplan.portal.common.InvalidInputException;

/**
 * Puts a service's refusal next to the field it concerns, in the service's own plain words, so forms
 * need no second copy of the rules.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Shows the problem and returns normally if it is bad input; anything else is rethrown. */
    public void show(RuntimeException problem) {
        clear();
        switch (problem) {
            case InvalidInputException invalid -> mark(invalid.field(), invalid.getMessage());
            case ConstraintViolationException violations -> {
                for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                    mark(leafOf(violation.getPropertyPath()), violation.getMessage());
                }
            }
            default -> throw problem;
        }
    }

    private void mark(String property, String message) {
        HasValidation field = property == null ? null : fields.get(property);
        if (field == null) {
            Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String leafOf(Path path) {
        String leaf = null;
        for (Path.Node node : path) {
            leaf = node.getName();
        }
        return leaf;
    }
}
