package com.arizon.chat.realtime.control;

/**
 * One live client connection, whatever its framing (native WebSocket, Socket.IO over WebSocket or
 * long-polling). The transport implements it; everything above the framing works through it.
 */
public interface Connection {

    /** Unique among this instance's live connections. */
    String id();

    /**
     * Queues one event for the client and returns at once; delivery is asynchronous. Returns false
     * when the connection's bounded outbound queue is full: the transport then closes the connection
     * (a client that does not read is dropped instead of slowing its rooms).
     */
    boolean send(OutboundEvent event);

    /** Ends the connection from the server side. */
    void close(CloseCause cause, String reason);

    /** The transport it uses now (read by the metrics, and once when the connection opens). */
    Transport transport();

    /** How many frames or packets wait in its outbound queue (read by the metrics). */
    int outboundQueued();

    /** Why the server ended it, once it has; null while open, or when the client ended it. */
    CloseCause closeCause();
}
