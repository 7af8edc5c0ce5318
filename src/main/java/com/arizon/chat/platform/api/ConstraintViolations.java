package com.arizon.chat.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation failures as {@code VALIDATION_ERROR}, naming each field in {@code details}, for
 * {@link ChatException#from}.
 */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static ChatException toChatException(ConstraintViolationException e) {
        List<FieldError> details = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String summary = details.stream().map(d -> d.field() + " " + d.message()).collect(Collectors.joining("; "));
        return new ChatException(ErrorCode.VALIDATION_ERROR, summary.isEmpty() ? "Invalid request" : summary, details);
    }

    /** The property path without the method and parameter nodes: "attachments.files[0].url". */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
