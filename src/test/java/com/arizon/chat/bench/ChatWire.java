package com.arizon.chat.bench;

import com.arizon.chat.it.support.ServerAddress;

import java.net.URI;

/**
 * How one transport carries the chat's events over one WebSocket: the address to open, the frame
 * that emits an event, and what a frame from the server means to the benchmark. One instance per
 * connection; {@link #event} is called by one thread at a time, {@link #read} by another.
 */
interface ChatWire {

    /** Where to open the WebSocket on {@code server}. */
    URI address(ServerAddress server);

    /** The frame that emits event {@code name} with {@code dataJson} (already JSON). */
    String event(String name, String dataJson);

    /** What {@code frame}, a whole text message from the server, means. */
    Inbound read(String frame);

    /** What the benchmark counts. */
    enum Kind {
        /** Signed in. */
        AUTHENTICATED,
        /** The reply to {@code join_room}. */
        JOINED,
        /** A {@code new_message} push. */
        DELIVERED,
        /** The reply to {@code send_message}: the message was stored. */
        ACKNOWLEDGED,
        /** An error reply (its text carries the code), or no reply where one was due. */
        REFUSED,
        /** The server said it ends the connection, before closing the WebSocket; the text says how. */
        DISCONNECTED,
        /** Anything else: presence, typing, protocol chatter. */
        OTHER
    }

    /**
     * @param kind what it is
     * @param text the event's data
     * @param answer a frame to send back at once (a heartbeat's pong, a handshake step), or null
     */
    record Inbound(Kind kind, String text, String answer) {

        static final Inbound IGNORED = new Inbound(Kind.OTHER, "", null);

        static Inbound of(Kind kind, String text) {
            return new Inbound(kind, text, null);
        }

        static Inbound answer(String frame) {
            return new Inbound(Kind.OTHER, "", frame);
        }
    }
}
