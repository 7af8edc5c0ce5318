package com.arizon.chat.realtime.boundary;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Asynchronous sends on a Jakarta WebSocket session, for every transport that uses one.
 *
 * <p>Tyrus restarts a session's idle timer on each send by scheduling a task on the default managed
 * scheduled executor, and Payara captures the thread context of each such task by looking up
 * {@code ThreadContextProvider} services through the thread's context class loader. With the
 * application's class loader as context that lookup reads every jar of the application and of the
 * server, once per frame sent: measured at about half the server's CPU under room fan-out. A send
 * needs no class from that loader, so it runs with a context class loader that has no classes, and
 * the completion handler runs with the caller's loader again.
 */
public final class WebSocketSends {

    private static final ClassLoader NO_CLASSES = new ClassLoader(null) {
    };
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private WebSocketSends() {
    }

    public static void sendText(RemoteEndpoint.Async remote, String text, SendHandler handler) {
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        withContextLoader(NO_CLASSES, () -> remote.sendText(text, restoring(caller, handler)));
    }

    public static void sendBinary(RemoteEndpoint.Async remote, ByteBuffer data, SendHandler handler) {
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        withContextLoader(NO_CLASSES, () -> remote.sendBinary(data, restoring(caller, handler)));
    }

    public static void sendPing(RemoteEndpoint.Async remote) throws IOException {
        withContextLoader(NO_CLASSES, () -> remote.sendPing(EMPTY));
    }

    private static SendHandler restoring(ClassLoader loader, SendHandler handler) {
        return result -> withContextLoader(loader, () -> handler.onResult(result));
    }

    private static <E extends Exception> void withContextLoader(ClassLoader loader, Send<E> send) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            send.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @FunctionalInterface
    private interface Send<E extends Exception> {
        void run() throws E;
    }
}
