package com.arizon.chat.platform.json;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the wire are ISO-8601 UTC with exactly three fraction digits: 2024-01-01T00:00:00.000Z. */
public class InstantAdapter implements JsonbAdapter<Instant, String> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    @Override
    public String adaptToJson(Instant instant) {
        return format(instant);
    }

    @Override
    public Instant adaptFromJson(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
