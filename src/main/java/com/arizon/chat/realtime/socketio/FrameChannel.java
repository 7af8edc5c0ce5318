package com.arizon.chat.realtime.socketio;

import java.util.function.Consumer;

/** The WebSocket under a {@link WebSocketTransport}: asynchronous sends, one frame per call. */
interface FrameChannel {

    /** Starts sending a text frame; {@code done} receives null on success, else the failure. */
    void sendText(String text, Consumer<Throwable> done);

    /** Starts sending a binary frame; {@code done} receives null on success, else the failure. */
    void sendBinary(byte[] data, Consumer<Throwable> done);

    /** Closes the WebSocket normally (1000). Only the first close of either kind counts. */
    void close();

    /** Closes the WebSocket with 1009 (Message Too Big). Only the first close of either kind counts. */
    void closeTooBig();
}
