package com.arizon.chat.realtime.socketio;

import com.arizon.chat.platform.cluster.DataGrid;
import com.arizon.chat.platform.web.CorsPolicy;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacketType;
import com.arizon.chat.realtime.socketio.protocol.MalformedPacketException;
import com.arizon.chat.realtime.socketio.protocol.PollingPayloadCodec;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP long-polling transport of Engine.IO at {@code /socket.io/}: the handshake GET, long-poll
 * GETs answered asynchronously when packets are there, and POSTs of packets from the client. A
 * request the protocol refuses gets the reference server's answer, e.g. 400
 * {@code {"code":1,"message":"Session ID unknown"}}.
 */
@WebServlet(urlPatterns = "/socket.io/*", asyncSupported = true)
public class SocketIoPollingServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SocketIoPollingServlet.class.getName());
    private static final String PAYLOAD_TYPE = "text/plain; charset=UTF-8";
    private static final String BINARY_TYPE = "application/octet-stream";

    @Inject
    SocketIoServer server;

    @Inject
    DataGrid grid;

    @Inject
    CorsPolicy corsPolicy;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EngineIoQuery query = EngineIoQuery.parse(request.getQueryString());
        if (!corsPolicy.allows(request)) {
            refuse(response, EngineIoError.FORBIDDEN);
        } else if (!query.knownTransport()) {
            refuse(response, EngineIoError.UNKNOWN_TRANSPORT);
        } else if (query.sid().isEmpty()) {
            handshake(request, response, query);
        } else {
            Optional<EngineIoSession> session = server.session(query.sid().get());
            if (session.isEmpty()) {
                refuse(response, EngineIoError.UNKNOWN_SID);
            } else if (!query.transportIs(EngineIoTransport.POLLING)) {
                refuse(response, EngineIoError.BAD_REQUEST);
            } else if ("GET".equals(request.getMethod())) {
                poll(request, session.get());
            } else if ("POST".equals(request.getMethod())) {
                post(request, response, session.get());
            } else {
                refuse(response, EngineIoError.BAD_REQUEST);
            }
        }
    }

    private void handshake(HttpServletRequest request, HttpServletResponse response, EngineIoQuery query)
            throws IOException {
        if (!"GET".equals(request.getMethod())) {
            refuse(response, EngineIoError.BAD_HANDSHAKE_METHOD);
        } else if (!query.transportIs(EngineIoTransport.POLLING)) {
            // a WebSocket handshake that arrived without its Upgrade header
            refuse(response, EngineIoError.BAD_REQUEST);
        } else if (!query.supportedProtocol()) {
            refuse(response, EngineIoError.UNSUPPORTED_PROTOCOL_VERSION);
        } else {
            EngineIoSession session = server.open(new PollingTransport());
            if (grid.clustered()) {
                // The reference server's `cookie` option: a load balancer in front of several
                // instances learns from it which instance holds the session (scripts/cluster.sh)
                response.addHeader("Set-Cookie", "io=" + session.sid() + "; Path=/; HttpOnly; SameSite=Lax");
            }
            poll(request, session);
        }
    }

    private void poll(HttpServletRequest request, EngineIoSession session) {
        AsyncContext context = request.startAsync();
        context.setTimeout(server.settings().pollTimeout().toMillis());
        AsyncPoll poll = new AsyncPoll(context);
        context.addListener(new AbandonedPoll(session, poll));
        session.poll(poll).ifPresent(poll::refuse);
    }

    private void post(HttpServletRequest request, HttpServletResponse response, EngineIoSession session)
            throws IOException {
        Optional<EngineIoError> refusal = session.beginPost();
        if (refusal.isPresent()) {
            refuse(response, refusal.get());
            return;
        }
        try {
            if (BINARY_TYPE.equals(mediaType(request))) {
                // Engine.IO 4 carries binary packets base64-encoded in text payloads
                session.close("binary polling payload");
                refuse(response, EngineIoError.BAD_REQUEST);
                return;
            }
            Optional<byte[]> body = readBody(request, server.settings().maxPayload());
            if (body.isEmpty()) {
                session.close("payload too large");
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            List<EngineIoPacket> packets;
            try {
                packets = PollingPayloadCodec.decode(body.get());
            } catch (MalformedPacketException e) {
                LOG.fine(() -> "Engine.IO session " + session.sid() + ": malformed payload, " + e.getMessage());
                session.close("parse error");
                refuse(response, EngineIoError.BAD_REQUEST);
                return;
            }
            session.receivePosted(packets);
            writeText(response, "text/html; charset=UTF-8", "ok");
        } finally {
            session.endPost();
        }
    }

    /** The body, or empty when it holds more than {@code limit} bytes (read no further than that). */
    private static Optional<byte[]> readBody(HttpServletRequest request, int limit) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? Optional.empty() : Optional.of(body);
        }
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void refuse(HttpServletResponse response, EngineIoError error) throws IOException {
        error.writeTo(response);
    }

    private static void writeText(HttpServletResponse response, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A long-poll GET held open by the servlet container until packets come. */
    private static final class AsyncPoll implements PendingPoll {

        private final AsyncContext context;
        private final AtomicBoolean answered = new AtomicBoolean();

        AsyncPoll(AsyncContext context) {
            this.context = context;
        }

        /** Writes on a container thread: the caller may be pushing to many clients. */
        @Override
        public void answer(List<EngineIoPacket> packets) {
            if (answered.compareAndSet(false, true)) {
                String payload = PollingPayloadCodec.encode(packets);
                respondLater(response -> writeText(response, PAYLOAD_TYPE, payload));
            }
        }

        @Override
        public void refuse(EngineIoError error) {
            if (answered.compareAndSet(false, true)) {
                respondLater(response -> SocketIoPollingServlet.refuse(response, error));
            }
        }

        private void respondLater(ResponseWriter writer) {
            try {
                context.start(() -> respond(writer));
            } catch (IllegalStateException requestOver) {
                LOG.log(Level.FINE, "Engine.IO poll ended before its answer", requestOver);
            }
        }

        /** Answers on the calling thread, which must be a container thread (e.g. a timeout callback). */
        void answerNow(List<EngineIoPacket> packets) {
            if (answered.compareAndSet(false, true)) {
                respond(response -> writeText(response, PAYLOAD_TYPE, PollingPayloadCodec.encode(packets)));
            }
        }

        private void respond(ResponseWriter writer) {
            try {
                writer.write((HttpServletResponse) context.getResponse());
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Engine.IO poll answer not delivered", e);
            } finally {
                try {
                    context.complete();
                } catch (IllegalStateException alreadyCompleted) {
                    LOG.finest("Engine.IO poll already completed");
                }
            }
        }
    }

    @FunctionalInterface
    private interface ResponseWriter {
        void write(HttpServletResponse response) throws IOException;
    }

    /** Answers a poll the container gives up on, so it never ends in the container's error page. */
    private static final class AbandonedPoll implements AsyncListener {

        private final EngineIoSession session;
        private final AsyncPoll poll;

        AbandonedPoll(EngineIoSession session, AsyncPoll poll) {
            this.session = session;
            this.poll = poll;
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            giveUp();
        }

        @Override
        public void onError(AsyncEvent event) {
            giveUp();
        }

        private void giveUp() {
            session.pollAbandoned(poll);
            poll.answerNow(List.of(new EngineIoPacket.Text(EngineIoPacketType.NOOP)));
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // answered
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }
    }
}
