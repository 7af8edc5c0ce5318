package com.arizon.chat.realtime.socketio;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.NodeSocketIoSuite;
import com.arizon.chat.realtime.RealtimeFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Node Socket.IO suite ({@link NodeSocketIoSuite}) against the shared server, with three fresh users. */
class SocketIoNodeSuiteIT {

    @Test
    void seedSamplesPassWithTheRealSocketIoClient() throws Exception {
        NodeSocketIoSuite.passes(ChatServer.shared(), Stream.generate(RealtimeFixtures::user).limit(3).toList());
    }
}
