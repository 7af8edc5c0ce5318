package com.arizon.chat.it.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON written as text, for inputs that JSON-P would not write: every character outside printable
 * ASCII is escaped ({@code \u00e9}), so an unpaired surrogate or U+0000 reaches the server as the
 * escape that a client could send, whatever encoding the transport uses. Fragments are JSON texts
 * and are put together as given, so a malformed or deeply nested fragment stays as it is.
 */
public final class JsonText {

    private JsonText() {
    }

    /** A JSON string holding {@code value}, escaped to ASCII. */
    public static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** An object of the fields (name to JSON fragment), in the map's order. */
    public static String object(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> string(field.getKey()) + ":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** An array of the JSON fragments. */
    public static String array(List<String> items) {
        return String.join(",", items).transform(joined -> "[" + joined + "]");
    }

    /**
     * The JSON text with every character outside ASCII written as an escape. Outside strings JSON
     * has only ASCII, so the result means what the text meant.
     */
    public static String ascii(String json) {
        StringBuilder escaped = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            escaped.append(c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return escaped.toString();
    }
}
