package com.arizon.chat.platform.websocket;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;

/**
 * Sends on one Jakarta WebSocket session, for either transport, one message at a time: the caller
 * sends the next message once the previous one's handler has run, which may be before
 * {@link #sendText} returns.
 *
 * <p>Why most messages go through the basic endpoint's writer: on Tyrus every send through
 * {@link RemoteEndpoint.Async} restarts the session's idle timer, a task on Payara's managed
 * scheduled executor, whose context capture looks up providers through the thread's context class
 * loader under a server-wide lock. The writer hands a message to the connection's ordered,
 * non-blocking write queue without the timer, and is reported done at once. Since a writer reports
 * no completion, after {@value #UNCONFIRMED_MESSAGES} such messages the next goes through the
 * asynchronous endpoint (with a context class loader that has no classes, so its context capture
 * reads no jar), and its handler runs once it, and so every message before it, is written: a
 * client that stops reading holds its sender up after at most that many, and the transport's own
 * bounded queue takes the rest. (On a container whose writer blocks, a slow client would hold up the sending thread.)
 *
 * <p>Each write call of the writer becomes one WebSocket fragment, so a message over
 * {@value #FRAGMENT_CHARS} characters leaves as several (every client reassembles them): at most
 * 6 KiB each, they are copied into the container's 8 KiB response buffer, whereas a larger array
 * would be wrapped and kept until the connection's next large write, often for its whole life.
 */
public final class SessionSender {

    private static final int UNCONFIRMED_MESSAGES = 16;
    private static final int FRAGMENT_CHARS = 2048;
    private static final ClassLoader NO_CLASSES = new ClassLoader(null) {
    };
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final RemoteEndpoint.Basic basicRemote;
    private final RemoteEndpoint.Async asyncRemote;
    private int unconfirmedMessages; // one message at a time, so one thread at a time

    public SessionSender(Session session) {
        this.basicRemote = session.getBasicRemote();
        this.asyncRemote = session.getAsyncRemote();
    }

    /** Throws what the container throws when the session is already closed. */
    public void sendText(String text, SendHandler done) {
        if (unconfirmedMessages < UNCONFIRMED_MESSAGES) {
            unconfirmedMessages++;
            done.onResult(write(text));
            return;
        }
        unconfirmedMessages = 0;
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        withContextLoader(NO_CLASSES, () -> asyncRemote.sendText(text, restoring(caller, done)));
    }

    public void sendBinary(ByteBuffer data, SendHandler done) {
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        withContextLoader(NO_CLASSES, () -> asyncRemote.sendBinary(data, restoring(caller, done)));
    }

    public void sendPing() throws IOException {
        withContextLoader(NO_CLASSES, () -> asyncRemote.sendPing(EMPTY));
    }

    private SendResult write(String text) {
        try (Writer writer = basicRemote.getSendWriter()) {
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + FRAGMENT_CHARS);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // each fragment is encoded on its own: keep surrogate pairs whole
                }
                writer.write(text, start, end - start);
                start = end;
            }
            return new SendResult();
        } catch (IOException | RuntimeException e) {
            return new SendResult(e);
        }
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
