package com.arizon.chat.realtime.control;

import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The chat protocol of contract section 6, independent of framing. Transports parse frames into
 * (event name, JSON data), hand them here, and send back what comes out; the gateway calls the same
 * services as REST, so every rule holds on every transport.
 */
public interface RealtimeGateway {

    /**
     * A connection opened. {@code handshakeToken} is the token given at the handshake
     * ({@code ?token=} natively, {@code auth.token} in Socket.IO's CONNECT), if any. A present but
     * invalid token is refused: the returned outcome says so, and the transport refuses the
     * connection as the contract prescribes (native: {@code authentication_error} then close 1008;
     * Socket.IO: CONNECT_ERROR). Without a token the connection must send {@code authenticate}
     * within the authentication deadline or is closed.
     */
    OpenOutcome open(Connection connection, Optional<String> handshakeToken);

    /**
     * One client event, as it arrives: counted against the rate limits at once, then handled after
     * the connection's earlier events, on another thread; returns without waiting. The reply to the
     * sender (e.g. {@code message_sent}, {@code room_joined}, {@code room_error}, or
     * {@code RATE_LIMITED} for a refused event), if the event has one, goes to {@code replies};
     * Socket.IO also uses it as the acknowledgement's payload. Never throws for bad client input:
     * that becomes an error reply.
     */
    void receive(Connection connection, String event, JsonValue data, Replies replies);

    /**
     * A frame the transport could not read as an event (not JSON, no event name, binary where text
     * is expected). Counts against the connection's rate limits like any event; the {@code error}
     * reply ({@code VALIDATION_ERROR} with {@code problem}, or {@code RATE_LIMITED}) goes to
     * {@code replies}.
     */
    void malformed(Connection connection, String problem, Replies replies);

    /**
     * The connection is gone, whatever the reason: once the events it sent before have been
     * handled, it leaves every room it was subscribed to. Returns without waiting.
     */
    void closed(Connection connection);

    /** Where the reply to one client event goes; called once per event, from any thread. */
    @FunctionalInterface
    interface Replies {

        /** The reply, or empty when the event has none (Socket.IO then acknowledges without data). */
        void reply(Optional<OutboundEvent> reply);
    }

    /** What {@link #open} decided. */
    record OpenOutcome(boolean accepted, Optional<OutboundEvent> reply) {

        public static OpenOutcome authenticated(OutboundEvent authenticated) {
            return new OpenOutcome(true, Optional.of(authenticated));
        }

        public static OpenOutcome awaitingAuthentication() {
            return new OpenOutcome(true, Optional.empty());
        }

        public static OpenOutcome refused(OutboundEvent authenticationError) {
            return new OpenOutcome(false, Optional.of(authenticationError));
        }
    }
}
