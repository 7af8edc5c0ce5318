package com.arizon.chat.platform.json;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the wire are ISO-8601 UTC with exactly three fraction digits: 2024-01-01T00:00:00.000Z. */
public class InstantAdapter implements JsonbAdapter<Instant, String> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String TEMPLATE = "0000-00-00T00:00:00.000Z";

    /**
     * Years 1 to 9999 are written digit by digit: a room list carries about 80 times, and the
     * formatter, which looks up the zone's rules for each, cost 4% of its CPU. Other years take the
     * formatter.
     */
    public static String format(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (utc.getYear() < 1 || utc.getYear() > 9999) {
            return FORMAT.format(instant);
        }
        char[] text = TEMPLATE.toCharArray();
        digits(text, 0, 4, utc.getYear());
        digits(text, 5, 2, utc.getMonthValue());
        digits(text, 8, 2, utc.getDayOfMonth());
        digits(text, 11, 2, utc.getHour());
        digits(text, 14, 2, utc.getMinute());
        digits(text, 17, 2, utc.getSecond());
        digits(text, 20, 3, utc.getNano() / 1_000_000);
        return new String(text);
    }

    private static void digits(char[] text, int start, int width, int value) {
        for (int i = start + width - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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
