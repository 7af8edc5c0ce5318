package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One way of carrying an Engine.IO session's packets: HTTP long-polling or a WebSocket. */
interface EngineIoTransport {

    String POLLING = "polling";
    String WEBSOCKET = "websocket";

    /** {@link #POLLING} or {@link #WEBSOCKET}, as in the {@code transport} query parameter. */
    String name();

    /**
     * If the transport can take a batch of packets now, reserves it for one batch and returns the
     * sender to hand the batch to; the sender does not block. Called under the session's lock, the
     * sender outside it.
     */
    Optional<Consumer<List<EngineIoPacket>>> reserve();

    /** Ends the transport (a waiting poll that was not answered is answered empty). */
    void close();
}
