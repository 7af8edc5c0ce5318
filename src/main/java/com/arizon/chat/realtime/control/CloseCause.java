package com.arizon.chat.realtime.control;

/**
 * Why the server ends a connection. Each transport maps it to its own signal: the native endpoint
 * to a WebSocket close code, Socket.IO to a DISCONNECT packet or an Engine.IO close.
 */
public enum CloseCause {
    /** Normal shutdown or logout (WebSocket 1000). */
    NORMAL(1000),
    /** Not authenticated in time, bad handshake token, too many connections (1008). */
    POLICY_VIOLATION(1008),
    /** Events at an abusive rate for too long, or more waiting than the connection's lane holds (1008). */
    ABUSE(1008),
    /** A frame over the size limit (1009). */
    TOO_BIG(1009),
    /**
     * The client does not read (1008, "slow consumer"): its outbound queue overflowed, or a ping went
     * unanswered while frames waited in it.
     */
    SLOW_CONSUMER(1008),
    /** Server shutting down (1001). */
    GOING_AWAY(1001),
    /** No answer to the heartbeat's ping, nothing waiting for it: the peer is gone without closing (1001). */
    UNRESPONSIVE(1001);

    private final int webSocketCode;

    CloseCause(int webSocketCode) {
        this.webSocketCode = webSocketCode;
    }

    public int webSocketCode() {
        return webSocketCode;
    }
}
