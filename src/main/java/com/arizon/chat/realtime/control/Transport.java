package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.metrics.ChatMetrics;

/** How a connection reaches the client; a Socket.IO session moves from polling to WebSocket when it upgrades. */
public enum Transport {
    NATIVE("native", ChatMetrics.Origin.NATIVE),
    SOCKETIO_WEBSOCKET("socketio-websocket", ChatMetrics.Origin.SOCKETIO),
    SOCKETIO_POLLING("socketio-polling", ChatMetrics.Origin.SOCKETIO);

    private final String tag;
    private final ChatMetrics.Origin origin;

    Transport(String tag, ChatMetrics.Origin origin) {
        this.tag = tag;
        this.origin = origin;
    }

    /** The value of the metrics' {@code transport} tag. */
    public String tag() {
        return tag;
    }

    /** What messages posted over it count as. */
    public ChatMetrics.Origin origin() {
        return origin;
    }
}
