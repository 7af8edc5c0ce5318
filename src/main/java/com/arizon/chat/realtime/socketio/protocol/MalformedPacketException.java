package com.arizon.chat.realtime.socketio.protocol;

/** Wire input that breaks the Engine.IO or Socket.IO protocol; the message is a short reason. */
public final class MalformedPacketException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * No stack trace: hostile clients can provoke these at will, the reason says all there is to say,
     * and filling in the trace would make refusing garbage cost more than accepting it.
     */
    public MalformedPacketException(String reason) {
        super(reason, null, false, false);
    }
}
