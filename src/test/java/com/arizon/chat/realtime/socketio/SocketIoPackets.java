package com.arizon.chat.realtime.socketio;

import com.arizon.chat.it.support.JsonValues;

/**
 * The few Engine.IO / Socket.IO text frames a chat client sends on the main namespace, written from
 * the specifications, for clients built on a raw WebSocket.
 */
public final class SocketIoPackets {

    /** Where a client opens an Engine.IO session directly on a WebSocket. */
    public static final String WEBSOCKET_PATH = EngineIoWire.WEBSOCKET;
    /** The server's heartbeat ping. */
    public static final String PING = "2";
    /** The client's answer to {@link #PING}. */
    public static final String PONG = "3";

    private SocketIoPackets() {
    }

    /** CONNECT to the main namespace with {@code auth.token}. */
    public static String connect(String token) {
        return "40" + JsonValues.JSON.createObjectBuilder().add("token", token).build();
    }

    /** EVENT {@code [name, data]}; {@code data} as for {@link JsonValues#from}. */
    public static String event(String name, Object data) {
        return "42" + JsonValues.JSON.createArrayBuilder().add(name).add(JsonValues.from(data)).build();
    }

    /** Whether a frame is the EVENT {@code name} on the main namespace. */
    public static boolean isEvent(String frame, String name) {
        return frame.startsWith("42[\"" + name + "\"");
    }
}
