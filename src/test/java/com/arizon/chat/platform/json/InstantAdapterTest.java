package com.arizon.chat.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantAdapterTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesUtcWithThreeFractionDigits() {
        assertThat(InstantAdapter.format(Instant.parse("2024-01-01T00:00:00Z"))).isEqualTo("2024-01-01T00:00:00.000Z");
        assertThat(InstantAdapter.format(Instant.parse("1999-12-31T23:59:59.999999999Z")))
                .isEqualTo("1999-12-31T23:59:59.999Z");
        assertThat(InstantAdapter.format(Instant.parse("0007-03-04T05:06:07.089Z"))).isEqualTo("0007-03-04T05:06:07.089Z");
    }

    @Test
    void agreesWithTheFormatterOnAnyInstant() {
        SplittableRandom random = new SplittableRandom(42);
        long lowest = Instant.parse("-20000-01-01T00:00:00Z").getEpochSecond();
        long highest = Instant.parse("+20000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(lowest, highest), random.nextInt(1_000_000_000));
            assertThat(InstantAdapter.format(instant)).isEqualTo(REFERENCE.format(instant));
        }
    }

    @Test
    void readsWhatItWrites() {
        Instant instant = Instant.parse("2026-12-07T22:14:43.123Z");
        InstantAdapter adapter = new InstantAdapter();
        assertThat(adapter.adaptFromJson(adapter.adaptToJson(instant))).isEqualTo(instant);
    }
}
