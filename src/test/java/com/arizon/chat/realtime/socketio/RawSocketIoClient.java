package com.arizon.chat.realtime.socketio;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.realtime.socketio.EngineIoWire.RawSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;

/**
 * A Socket.IO client lean enough to run hundreds at once, for load tests: the main namespace over
 * {@link EngineIoWire}'s raw WebSocket, signed in with {@code auth.token}. It keeps no frames:
 * {@link #receive()} hands over the ones that came since its last call and answers the server's
 * pings among them, so a client that stays connected calls it at least once per ping interval. Not
 * thread-safe: one thread drives each client.
 */
public final class RawSocketIoClient implements AutoCloseable {

    private final RawSocket socket;

    private RawSocketIoClient(RawSocket socket) {
        this.socket = socket;
    }

    /** Opens a WebSocket session and sends CONNECT with the user's token; does not wait for the answer. */
    public static RawSocketIoClient connect(ChatServer server, TestUser user) {
        RawSocket socket = new EngineIoWire(server).webSocket(SocketIoPackets.WEBSOCKET_PATH);
        try {
            socket.send(SocketIoPackets.connect(user.token()));
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
        return new RawSocketIoClient(socket);
    }

    /** Emits an event; {@code data} as for {@code JsonValues.from}. */
    public RawSocketIoClient emit(String event, Object data) {
        socket.send(SocketIoPackets.event(event, data));
        return this;
    }

    /** Sends a packet as given, e.g. an EVENT whose JSON was written by hand. */
    public RawSocketIoClient sendPacket(String packet) {
        socket.send(packet);
        return this;
    }

    /** The text frames received since the last call, in order, without the pings (which it answers). */
    public List<String> receive() {
        List<String> texts = new ArrayList<>();
        for (Object frame = socket.next(Duration.ZERO); frame != null; frame = socket.next(Duration.ZERO)) {
            if (SocketIoPackets.PING.equals(frame)) {
                answerPing();
            } else if (frame instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }

    private void answerPing() {
        try {
            socket.send(SocketIoPackets.PONG);
        } catch (IllegalStateException outputClosed) {
            // The server closed the connection after its ping: there is nobody left to answer.
        }
    }

    /** Waits up to 15 s for the event whose frame contains {@code fragment}; the frames before it are dropped. */
    public String awaitEvent(String event, String fragment) {
        return Awaitility.await().atMost(EngineIoWire.TIMEOUT)
                .until(() -> receive().stream()
                        .filter(frame -> SocketIoPackets.isEvent(frame, event) && frame.contains(fragment))
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    /** Drops the connection without a close handshake, as a vanished device would. */
    @Override
    public void close() {
        socket.close();
    }
}
