package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.SocketIoPacket;
import jakarta.json.JsonObject;
import java.util.Optional;

/** What a Socket.IO namespace does with the sockets connected to it. */
interface SocketIoNamespace {

    /**
     * A client asks to connect with its {@code auth} payload ({@code {}} when it sent none). Returns
     * empty to accept, else the message of the CONNECT_ERROR. Anything the socket sends meanwhile
     * reaches the client after the CONNECT packet, or not at all when refused.
     */
    Optional<String> connect(SocketIoConnection socket, JsonObject auth);

    /** An EVENT or BINARY_EVENT from the client, with its ack id if it asked for an acknowledgement. */
    void onEvent(SocketIoConnection socket, SocketIoPacket event);

    /** The socket is gone (client DISCONNECT, server disconnect or Engine.IO close); called once. */
    void onDisconnect(SocketIoConnection socket);
}
