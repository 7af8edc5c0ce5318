package com.arizon.chat.bench;

import com.arizon.chat.it.support.TestUser;

import java.util.Locale;
import java.util.function.Function;

/** The transports the benchmark speaks, chosen with {@code --transport}. */
enum Transport {

    /** {@code /ws/chat}, the chat's own JSON frames. */
    NATIVE(NativeWire::new),
    /** Socket.IO over WebSocket at {@code /socket.io/}. */
    SOCKETIO(SocketIoWire::new);

    private final Function<TestUser, ChatWire> wires;

    Transport(Function<TestUser, ChatWire> wires) {
        this.wires = wires;
    }

    /** A connection's framing, signing in as {@code user}. */
    ChatWire wireFor(TestUser user) {
        return wires.apply(user);
    }

    /** {@code native} or {@code socketio}. */
    static Transport named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
