package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The marker {@code {"_placeholder":true,"num":N}} that stands, inside the JSON of a binary packet,
 * for its attachment number N. JSON-P has no binary value, so binary data stays represented by its
 * marker; {@link SocketIoPacket#attachment(JsonValue)} gives the bytes behind one.
 */
public record BinaryPlaceholder(int num) {

    private static final String MARKER_KEY = "_placeholder";
    private static final String NUM_KEY = "num";
    private static final BigDecimal LARGEST_NUM = BigDecimal.valueOf(Integer.MAX_VALUE);

    public BinaryPlaceholder {
        if (num < 0) {
            throw new IllegalArgumentException("num must not be negative");
        }
    }

    public JsonObject toJson() {
        return JsonText.PROVIDER.createObjectBuilder().add(MARKER_KEY, true).add(NUM_KEY, num).build();
    }

    /** The placeholder the value is, or empty when it is not a well-formed placeholder. */
    public static Optional<BinaryPlaceholder> of(JsonValue value) {
        if (!isMarker(value) || !(value.asJsonObject().get(NUM_KEY) instanceof JsonNumber number)
                || !number.isIntegral()) {
            return Optional.empty();
        }
        BigDecimal num = number.bigDecimalValue();
        if (num.signum() < 0 || num.compareTo(LARGEST_NUM) > 0) {
            return Optional.empty();
        }
        return Optional.of(new BinaryPlaceholder(num.intValueExact()));
    }

    /** Whether the value claims to be a placeholder, well-formed or not. */
    static boolean isMarker(JsonValue value) {
        return value instanceof JsonObject object && JsonValue.TRUE.equals(object.get(MARKER_KEY));
    }
}
