package com.arizon.chat.realtime.boundary;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameDecoderTest {

    private static final int LIMIT = 1000;
    private static final byte[] MASK = {0x11, 0x22, 0x33, 0x44};

    private final List<String> seen = new ArrayList<>();
    private final FrameDecoder decoder = new FrameDecoder(LIMIT, new FrameDecoder.Handler() {
        @Override
        public void text(String message) {
            seen.add("text:" + message);
        }

        @Override
        public void binary(int length) {
            seen.add("binary:" + length);
        }

        @Override
        public void ping(byte[] payload) {
            seen.add("ping:" + new String(payload, StandardCharsets.UTF_8));
        }

        @Override
        public void pong() {
            seen.add("pong");
        }

        @Override
        public void close(int code) {
            seen.add("close:" + code);
        }
    });

    @Test
    void decodesMaskedTextFramesOfEveryLengthEncoding() throws Exception {
        for (int length : new int[] {0, 5, 125, 126, 999}) {
            String text = "é".repeat(length / 2) + "x".repeat(length % 2);
            feed(frame(true, 0x1, text.getBytes(StandardCharsets.UTF_8)));
            assertThat(seen).last().isEqualTo("text:" + text);
        }
    }

    @Test
    void decodesFramesSplitAnywhereAndSeveralAtOnce() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(frame(true, 0x1, "one".getBytes(StandardCharsets.UTF_8)));
        stream.writeBytes(frame(true, 0x9, "hi".getBytes(StandardCharsets.UTF_8)));
        stream.writeBytes(frame(true, 0x1, "two".getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = stream.toByteArray();
        for (byte b : bytes) {
            decoder.feed(new byte[] {b}, 0, 1);
        }
        feed(bytes);

        assertThat(seen).containsExactly("text:one", "ping:hi", "text:two", "text:one", "ping:hi", "text:two");
    }

    @Test
    void assemblesFragmentsAroundInterleavedControlFrames() throws Exception {
        feed(frame(false, 0x1, "frag".getBytes(StandardCharsets.UTF_8)));
        feed(frame(true, 0xA, new byte[0]));
        feed(frame(false, 0x0, "men".getBytes(StandardCharsets.UTF_8)));
        feed(frame(true, 0x0, "ted".getBytes(StandardCharsets.UTF_8)));

        assertThat(seen).containsExactly("pong", "text:fragmented");
    }

    @Test
    void reportsBinaryAndCloseFrames() throws Exception {
        feed(frame(true, 0x2, new byte[] {1, 2, 3}));
        feed(frame(true, 0x8, new byte[] {0x03, (byte) 0xE8, 'b', 'y', 'e'}));
        feed(frame(true, 0x8, new byte[0]));

        assertThat(seen).containsExactly("binary:3", "close:1000", "close:1005");
    }

    @Test
    void refusesAMessageOverTheLimitAsSoonAsItsLengthIsKnown() {
        byte[] header = frame(true, 0x1, new byte[LIMIT + 1]);

        assertThatThrownBy(() -> decoder.feed(header, 0, 8))
                .isInstanceOfSatisfying(FrameDecoder.ProtocolViolation.class,
                        violation -> assertThat(violation.closeCode()).isEqualTo(1009));
    }

    @Test
    void refusesFragmentsThatAddUpOverTheLimit() throws Exception {
        feed(frame(false, 0x1, new byte[LIMIT - 10]));

        assertThatThrownBy(() -> feed(frame(true, 0x0, new byte[11])))
                .isInstanceOfSatisfying(FrameDecoder.ProtocolViolation.class,
                        violation -> assertThat(violation.closeCode()).isEqualTo(1009));
    }

    @Test
    void refusesProtocolViolations() {
        assertViolation(unmasked(), 1002);
        assertViolation(frame(true, 0x3, new byte[0]), 1002);
        assertViolation(frame(true, 0x0, new byte[1]), 1002);
        assertViolation(frame(false, 0x9, new byte[0]), 1002);
        assertViolation(frame(true, 0x9, new byte[126]), 1002);
        assertViolation(withRsv(frame(true, 0x1, new byte[1])), 1002);
        assertViolation(frame(true, 0x1, new byte[] {(byte) 0xC3, 0x28}), 1007);
    }

    private void assertViolation(byte[] frame, int code) {
        FrameDecoder fresh = new FrameDecoder(LIMIT, new FrameDecoder.Handler() {
            @Override
            public void text(String message) {
            }

            @Override
            public void binary(int length) {
            }

            @Override
            public void ping(byte[] payload) {
            }

            @Override
            public void pong() {
            }

            @Override
            public void close(int closeCode) {
            }
        });
        assertThatThrownBy(() -> fresh.feed(frame, 0, frame.length))
                .isInstanceOfSatisfying(FrameDecoder.ProtocolViolation.class,
                        violation -> assertThat(violation.closeCode()).isEqualTo(code));
    }

    private void feed(byte[] bytes) throws FrameDecoder.ProtocolViolation {
        decoder.feed(bytes, 0, bytes.length);
    }

    private static byte[] unmasked() {
        return new byte[] {(byte) 0x81, 0x01, 'x'};
    }

    private static byte[] withRsv(byte[] frame) {
        frame[0] |= 0x40;
        return frame;
    }

    static byte[] frame(boolean fin, int opcode, byte[] payload) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | opcode);
        int length = payload.length;
        if (length < 126) {
            frame.write(0x80 | length);
        } else if (length <= 0xFFFF) {
            frame.write(0x80 | 126);
            frame.write(length >>> 8);
            frame.write(length & 0xFF);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) length >>> shift) & 0xFF);
            }
        }
        frame.writeBytes(MASK);
        for (int i = 0; i < length; i++) {
            frame.write(payload[i] ^ MASK[i % 4]);
        }
        return frame.toByteArray();
    }
}
