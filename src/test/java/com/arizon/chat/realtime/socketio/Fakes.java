package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacketCodec;
import com.arizon.chat.realtime.socketio.protocol.PollingPayloadCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test doubles for the transports' outside world. */
final class Fakes {

    private Fakes() {
    }

    /** A long-poll GET that records its answer as the payload the client would read. */
    static final class Poll implements PendingPoll {

        String payload;
        EngineIoError refusal;

        @Override
        public void answer(List<EngineIoPacket> packets) {
            if (payload != null || refusal != null) {
                throw new AssertionError("answered twice");
            }
            payload = PollingPayloadCodec.encode(packets);
        }

        @Override
        public void refuse(EngineIoError error) {
            refusal = error;
        }

        boolean answered() {
            return payload != null || refusal != null;
        }
    }

    /** A WebSocket whose sends complete at once (or, with {@code holdCompletions}, when released). */
    static final class Channel implements FrameChannel {

        static final int NORMAL_CLOSURE = 1000;
        static final int TOO_BIG = 1009;

        final List<String> frames = new ArrayList<>();
        final List<Consumer<Throwable>> pending = new ArrayList<>();
        boolean holdCompletions;
        boolean closed;
        int closeStatus;

        @Override
        public void sendText(String text, Consumer<Throwable> done) {
            frames.add(text);
            complete(done);
        }

        @Override
        public void sendBinary(byte[] data, Consumer<Throwable> done) {
            frames.add("<" + data.length + " bytes>");
            complete(done);
        }

        private void complete(Consumer<Throwable> done) {
            if (holdCompletions) {
                pending.add(done);
            } else {
                done.accept(null);
            }
        }

        /** Completes the oldest held send. */
        void completeNext(Throwable failure) {
            pending.remove(0).accept(failure);
        }

        @Override
        public void close() {
            closeWith(NORMAL_CLOSURE);
        }

        @Override
        public void closeTooBig() {
            closeWith(TOO_BIG);
        }

        /** As the real channel: the first close decides the status. */
        private void closeWith(int status) {
            if (!closed) {
                closed = true;
                closeStatus = status;
            }
        }
    }

    /** What the Socket.IO layer would be told. */
    static final class Listener implements EngineIoSession.Listener {

        final List<String> texts = new ArrayList<>();
        String closeReason;

        @Override
        public void onText(String data) {
            texts.add(data);
        }

        @Override
        public void onBinary(byte[] data) {
            texts.add("<" + data.length + " bytes>");
        }

        @Override
        public void onClose(String reason) {
            closeReason = reason;
        }
    }

    static EngineIoPacket packet(String text) {
        try {
            return EngineIoPacketCodec.decode(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
