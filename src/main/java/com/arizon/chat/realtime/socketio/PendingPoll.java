package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import java.util.List;

/** A long-polling GET waiting for packets; answered exactly once, without blocking the caller. */
interface PendingPoll {

    void answer(List<EngineIoPacket> packets);

    /** Answers with the protocol error instead of packets. */
    void refuse(EngineIoError error);
}
