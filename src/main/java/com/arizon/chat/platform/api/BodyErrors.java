package com.arizon.chat.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a request body could not be read, as a {@code VALIDATION_ERROR} naming the field where the
 * JSON-B provider tells it: no class names, no stack.
 */
public final class BodyErrors {

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");
    private static final String WRONG_TYPE = "has the wrong type or format";

    private BodyErrors() {
    }

    public static ChatException toChatException(Throwable e) {
        if (isTooLarge(e)) {
            return new ChatException(ErrorCode.VALIDATION_ERROR, "Request body too large");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return new ChatException(ErrorCode.VALIDATION_ERROR, "Malformed JSON body");
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                String field = fieldPath(cause.getMessage());
                if (field != null) {
                    String reason = cause.getMessage().contains("U+0000")
                            ? "contains U+0000 or an unpaired surrogate" : WRONG_TYPE;
                    return ChatException.validation(field, reason);
                }
            }
        }
        return new ChatException(ErrorCode.VALIDATION_ERROR, "The body is not JSON of the expected shape");
    }

    public static boolean isTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** "Unable to deserialize property 'a' because of: Unable to deserialize property 'b' ..." gives "a.b". */
    private static String fieldPath(String message) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PROPERTY.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names.isEmpty() ? null : String.join(".", names);
    }
}
