package com.arizon.chat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange on a plain socket, for requests that {@code java.net.http} would refuse to
 * send or would repair (broken percent-encoding, raw bytes in the path, oversized or odd headers, a
 * body on GET). The request is sent as given, with {@code Connection: close}; the answer is read to
 * the end of the connection.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /**
     * Sends {@code requestLine} (e.g. {@code "GET /api/x HTTP/1.1"}), the headers (each
     * {@code "Name: value"}; Host and Connection are added) and {@code body} (may be empty).
     * The request line and headers are sent as ISO-8859-1, so {@code \u00ff} is the byte 0xFF.
     */
    public static Answer exchange(ChatServer server, String requestLine, Iterable<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n")
                .append("Host: localhost:").append(server.port()).append("\r\n")
                .append("Connection: close\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (SocketException answeredEarly) {
                // The server may answer and close before it has read the whole request: read that answer.
            }
            return Answer.parse(requestLine, readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + requestLine, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (SocketException resetAfterAnswer) {
            // A reset after the answer was written: keep what arrived.
        }
        return all.toByteArray();
    }

    /** The status line's code, the headers (names lower-cased) and the body as UTF-8. */
    public record Answer(String request, int status, Map<String, String> headers, String body) {

        static Answer parse(String request, byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.") || end < 0) {
                throw new AssertionError("Not an HTTP answer to " + request + ": " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(request, status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = new String(chunked, StandardCharsets.ISO_8859_1).indexOf("\r\n", at);
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, length);
                at = lineEnd + 2 + length + 2;
            }
        }

        /** The body as a JSON object; fails the test, showing the answer, when it is not one. */
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw new AssertionError("Body is not a JSON object: " + this, e);
            }
        }

        @Override
        public String toString() {
            return shorten(request) + " -> " + status + " " + headers + " " + shorten(body);
        }

        private static String shorten(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
    }
}
