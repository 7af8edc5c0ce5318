package com.arizon.chat.realtime.boundary;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the frames a client sends (RFC 6455 section 5) from bytes as they arrive, and hands whole
 * messages and control frames to a {@link Handler}. A message over the size limit is refused as
 * soon as its length is known, before its payload is buffered.
 */
final class FrameDecoder {

    /** What the decoder found. */
    interface Handler {

        void text(String message);

        void binary(int length);

        void ping(byte[] payload);

        void pong();

        /** A close frame; {@code code} is 1005 when the frame carried none. */
        void close(int code);
    }

    /** The client broke the protocol; the connection is to be closed with {@code closeCode}. */
    static final class ProtocolViolation extends Exception {

        private final int closeCode;

        ProtocolViolation(int closeCode, String reason) {
            super(reason, null, false, false);
            this.closeCode = closeCode;
        }

        int closeCode() {
            return closeCode;
        }
    }

    static final int PROTOCOL_ERROR = 1002;
    static final int INVALID_DATA = 1007;
    static final int TOO_BIG = 1009;
    static final int NO_STATUS = 1005;

    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_TEXT = 0x1;
    private static final int OP_BINARY = 0x2;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;
    private static final int MAX_CONTROL_PAYLOAD = 125;
    private static final int MAX_HEADER = 14;
    private static final byte[] EMPTY = new byte[0];

    private final int maxMessageBytes;
    private final Handler handler;
    // Bytes received but not yet decoded: buffer[start, end).
    private byte[] buffer = EMPTY;
    private int start;
    private int end;
    // The message being assembled from fragments.
    private int messageOpcode = -1;
    private byte[] message = EMPTY;
    private int messageLength;

    FrameDecoder(int maxMessageBytes, Handler handler) {
        this.maxMessageBytes = maxMessageBytes;
        this.handler = handler;
    }

    /** Decodes what it can of the bytes received so far; keeps the rest for the next call. */
    void feed(byte[] data, int offset, int length) throws ProtocolViolation {
        append(data, offset, length);
        while (decodeOne()) {
            // one frame per turn
        }
        if (start == end) {
            start = 0;
            end = 0;
            if (buffer.length > MAX_HEADER * 1024) {
                buffer = EMPTY; // a large frame passed: do not keep its buffer for an idle connection
            }
        }
    }

    /** Decodes one frame if it is complete; false if more bytes are needed. */
    private boolean decodeOne() throws ProtocolViolation {
        int available = end - start;
        if (available < 2) {
            return false;
        }
        int first = buffer[start] & 0xFF;
        int second = buffer[start + 1] & 0xFF;
        boolean fin = (first & 0x80) != 0;
        int opcode = first & 0x0F;
        if ((first & 0x70) != 0) {
            throw new ProtocolViolation(PROTOCOL_ERROR, "Reserved bits set without an extension");
        }
        if ((second & 0x80) == 0) {
            throw new ProtocolViolation(PROTOCOL_ERROR, "Client frames must be masked");
        }
        int headerLength = 2;
        long payloadLength = second & 0x7F;
        if (payloadLength == 126) {
            if (available < 4) {
                return false;
            }
            payloadLength = ((buffer[start + 2] & 0xFF) << 8) | (buffer[start + 3] & 0xFF);
            headerLength = 4;
        } else if (payloadLength == 127) {
            if (available < 10) {
                return false;
            }
            payloadLength = 0;
            for (int i = 2; i < 10; i++) {
                payloadLength = (payloadLength << 8) | (buffer[start + i] & 0xFF);
            }
            headerLength = 10;
        }
        checkFrame(fin, opcode, payloadLength);
        int frameLength = headerLength + 4 + (int) payloadLength;
        if (available < frameLength) {
            return false;
        }
        int maskAt = start + headerLength;
        int payloadAt = maskAt + 4;
        for (int i = 0; i < payloadLength; i++) {
            buffer[payloadAt + i] ^= buffer[maskAt + (i & 3)];
        }
        start += frameLength;
        deliver(fin, opcode, payloadAt, (int) payloadLength);
        return true;
    }

    private void checkFrame(boolean fin, int opcode, long payloadLength) throws ProtocolViolation {
        switch (opcode) {
            case OP_CLOSE, OP_PING, OP_PONG -> {
                if (!fin || payloadLength > MAX_CONTROL_PAYLOAD) {
                    throw new ProtocolViolation(PROTOCOL_ERROR, "Control frames are whole and at most 125 bytes");
                }
            }
            case OP_TEXT, OP_BINARY -> {
                if (messageOpcode >= 0) {
                    throw new ProtocolViolation(PROTOCOL_ERROR, "A new message began inside a fragmented one");
                }
                checkSize(payloadLength);
            }
            case OP_CONTINUATION -> {
                if (messageOpcode < 0) {
                    throw new ProtocolViolation(PROTOCOL_ERROR, "A continuation frame without a message");
                }
                checkSize(messageLength + payloadLength);
            }
            default -> throw new ProtocolViolation(PROTOCOL_ERROR, "Unknown opcode " + opcode);
        }
    }

    private void checkSize(long messageBytes) throws ProtocolViolation {
        if (messageBytes > maxMessageBytes) {
            throw new ProtocolViolation(TOO_BIG, "A frame may hold at most " + maxMessageBytes + " bytes");
        }
    }

    private void deliver(boolean fin, int opcode, int at, int length) throws ProtocolViolation {
        switch (opcode) {
            case OP_PING -> handler.ping(Arrays.copyOfRange(buffer, at, at + length));
            case OP_PONG -> handler.pong();
            case OP_CLOSE -> handler.close(closeCode(at, length));
            default -> {
                if (opcode != OP_CONTINUATION) {
                    messageOpcode = opcode;
                }
                if (fin && messageLength == 0) {
                    complete(messageOpcode, buffer, at, length);
                } else {
                    appendToMessage(at, length);
                    if (fin) {
                        complete(messageOpcode, message, 0, messageLength);
                    }
                }
                if (fin) {
                    messageOpcode = -1;
                    messageLength = 0;
                    message = EMPTY;
                }
            }
        }
    }

    private void complete(int opcode, byte[] bytes, int at, int length) throws ProtocolViolation {
        if (opcode == OP_BINARY) {
            handler.binary(length);
            return;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes, at, length));
        } catch (CharacterCodingException e) {
            throw new ProtocolViolation(INVALID_DATA, "Text frames must be UTF-8");
        }
        handler.text(text.toString());
    }

    private int closeCode(int at, int length) throws ProtocolViolation {
        if (length == 0) {
            return NO_STATUS;
        }
        if (length == 1) {
            throw new ProtocolViolation(PROTOCOL_ERROR, "A close frame with half a status code");
        }
        return ((buffer[at] & 0xFF) << 8) | (buffer[at + 1] & 0xFF);
    }

    private void appendToMessage(int at, int length) {
        if (messageLength + length > message.length) {
            message = Arrays.copyOf(message, Math.max(messageLength + length, message.length * 2));
        }
        System.arraycopy(buffer, at, message, messageLength, length);
        messageLength += length;
    }

    private void append(byte[] data, int offset, int length) {
        if (end + length > buffer.length) {
            int kept = end - start;
            if (kept + length > buffer.length) {
                byte[] grown = new byte[Math.max(kept + length, Math.max(256, buffer.length * 2))];
                System.arraycopy(buffer, start, grown, 0, kept);
                buffer = grown;
            } else {
                System.arraycopy(buffer, start, buffer, 0, kept);
            }
            start = 0;
            end = kept;
        }
        System.arraycopy(data, offset, buffer, end, length);
        end += length;
    }
}
