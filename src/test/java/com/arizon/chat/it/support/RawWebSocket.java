package com.arizon.chat.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A WebSocket client on a plain socket that reads only when told to: after the first frames it can
 * stop reading altogether, as a stalled or malicious client would, with a small receive buffer so
 * the server feels it soon. For slow-consumer tests; {@link ChatSocket} for everything else.
 */
public final class RawWebSocket implements AutoCloseable {

    private static final int SMALL_RECEIVE_BUFFER = 4096;
    private static final int TIMEOUT_MILLIS = (int) Duration.ofSeconds(15).toMillis();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Opens {@code /ws/chat?token=} and completes the handshake. */
    public static RawWebSocket connect(ChatServer server, TestUser user) {
        return connect(server, "/ws/chat?token=" + URLEncoder.encode(user.token(), StandardCharsets.UTF_8));
    }

    /** Opens a WebSocket at any path of the server (e.g. {@code /socket.io/?EIO=4&transport=websocket}). */
    public static RawWebSocket connect(ChatServer server, String pathAndQuery) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(SMALL_RECEIVE_BUFFER);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress("localhost", server.port()), TIMEOUT_MILLIS);
            RawWebSocket client = new RawWebSocket(socket);
            client.handshake(server.port(), pathAndQuery);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one masked text frame, as a client must. */
    public void sendText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xFF);
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads frames until a text frame contains {@code fragment}; returns that frame's text. */
    public String readUntil(String fragment) {
        while (true) {
            String text = readText();
            if (text.contains(fragment)) {
                return text;
            }
        }
    }

    /** Reads frames until a text frame comes; returns its text. Fails if the connection ends first. */
    public String readText() {
        while (true) {
            Frame frame = readFrame();
            if (frame == null || frame.opcode() == CLOSE) {
                throw new IllegalStateException("Connection closed before a text frame");
            }
            if (frame.opcode() == TEXT) {
                return new String(frame.payload(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Reads frames until the server's close frame; returns its status, or -1 if the connection ended without one. */
    public int readCloseStatus() {
        while (true) {
            Frame frame = readFrame();
            if (frame == null) {
                return -1;
            }
            if (frame.opcode() == CLOSE) {
                byte[] payload = frame.payload();
                return payload.length < 2 ? -1 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
            }
        }
    }

    private record Frame(int opcode, byte[] payload) {
    }

    /** The next unmasked frame from the server, or null at the end of the stream. */
    private Frame readFrame() {
        try {
            int first = in.read();
            if (first < 0) {
                return null;
            }
            long length = in.read() & 0x7F;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            return new Frame(first & 0x0F, in.readNBytes((int) length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void handshake(int port, String pathAndQuery) throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("Closed during the handshake: " + head);
            }
            head.write(next);
        }
        String status = head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        if (!status.contains(" 101")) {
            throw new IOException("Handshake refused: " + head);
        }
    }
}
