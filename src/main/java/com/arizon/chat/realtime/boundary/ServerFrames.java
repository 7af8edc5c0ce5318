package com.arizon.chat.realtime.boundary;

import com.arizon.chat.realtime.control.OutboundEvent;
import java.nio.charset.StandardCharsets;

/**
 * The frames the server writes (RFC 6455: unmasked), encoded to bytes once and then shared: a room
 * push goes to every recipient as the same byte array.
 */
final class ServerFrames {

    private static final int OP_TEXT = 0x1;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;
    private static final int MAX_CLOSE_REASON_BYTES = 123;
    private static final byte[] EMPTY = new byte[0];
    private static final ThreadLocal<LastEncoded> LAST = ThreadLocal.withInitial(LastEncoded::new);

    private ServerFrames() {
    }

    /**
     * {@code {"event": name, "data": ...}} as a text frame. A push hands the same event to all its
     * recipients in a row on one thread, so each thread remembers the last event it encoded.
     */
    static byte[] event(OutboundEvent event) {
        LastEncoded last = LAST.get();
        if (last.event != event) {
            last.frame = text("{\"event\":\"" + event.name() + "\",\"data\":" + event.dataJson() + "}");
            last.event = event;
        }
        return last.frame;
    }

    static byte[] text(String text) {
        return frame(OP_TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] close(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        int reasonLength = Math.min(text.length, MAX_CLOSE_REASON_BYTES);
        byte[] payload = new byte[2 + reasonLength];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, reasonLength);
        return frame(OP_CLOSE, payload);
    }

    static byte[] ping() {
        return frame(OP_PING, EMPTY);
    }

    static byte[] pong(byte[] payload) {
        return frame(OP_PONG, payload);
    }

    private static byte[] frame(int opcode, byte[] payload) {
        int length = payload.length;
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = (byte) (0x80 | opcode);
        if (header == 2) {
            frame[1] = (byte) length;
        } else if (header == 4) {
            frame[1] = 126;
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, length);
        return frame;
    }

    private static final class LastEncoded {
        private OutboundEvent event;
        private byte[] frame;
    }
}
