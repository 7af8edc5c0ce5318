package com.arizon.chat.realtime;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.JsonValues;
import com.arizon.chat.it.support.RawWebSocket;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.realtime.socketio.RawSocketIoClient;
import com.arizon.chat.realtime.socketio.SocketIoPackets;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One client of a stress crowd, whatever its transport and behaviour: it emits chat events, keeps up
 * with what it must read to stay connected, and vanishes (drops its TCP connection without a close
 * handshake). Its operations throw once the server has closed it. One thread drives it at a time.
 */
final class StressClient {

    /** Opens a client for a user: the handshake is done, nothing is awaited after it. */
    @FunctionalInterface
    interface Opener {
        StressClient open(ChatServer server, TestUser user);
    }

    private final BiConsumer<String, Map<String, ?>> emit;
    private final Runnable keepUp;
    private final Runnable vanish;

    private StressClient(BiConsumer<String, Map<String, ?>> emit, Runnable keepUp, Runnable vanish) {
        this.emit = emit;
        this.keepUp = keepUp;
        this.vanish = vanish;
    }

    /** {@code /ws/chat}, signed in at the handshake, reading everything that arrives. */
    static StressClient nativeReading(ChatServer server, TestUser user) {
        ChatSocket socket = ChatSocket.connect(server, user);
        return new StressClient(socket::emit, () -> { }, socket::abort);
    }

    /** {@code /ws/chat} that never reads after the handshake: the server has to drop it. */
    static StressClient nativeStalled(ChatServer server, TestUser user) {
        RawWebSocket socket = RawWebSocket.connect(server, user);
        return new StressClient((event, data) -> socket.sendText(nativeFrame(event, data)), () -> { }, socket::close);
    }

    /** Socket.IO over WebSocket, reading and answering pings whenever kept up. */
    static StressClient socketIoReading(ChatServer server, TestUser user) {
        RawSocketIoClient client = RawSocketIoClient.connect(server, user);
        return new StressClient(client::emit, client::receive, client::close);
    }

    /** Socket.IO over WebSocket that never reads, not even pings: the server has to drop it. */
    static StressClient socketIoStalled(ChatServer server, TestUser user) {
        RawWebSocket socket = RawWebSocket.connect(server, SocketIoPackets.WEBSOCKET_PATH);
        try {
            socket.sendText(SocketIoPackets.connect(user.token()));
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
        return new StressClient((event, data) -> socket.sendText(SocketIoPackets.event(event, data)), () -> { },
                socket::close);
    }

    void emit(String event, Map<String, ?> data) {
        emit.accept(event, data);
    }

    void keepUp() {
        keepUp.run();
    }

    void vanish() {
        vanish.run();
    }

    private static String nativeFrame(String event, Map<String, ?> data) {
        return JsonValues.from(Map.of("event", event, "data", data)).toString();
    }
}
