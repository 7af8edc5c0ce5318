package com.arizon.chat.realtime;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.RawWebSocket;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead peers: a server with a one-second ping interval and timeout drops a connection that answers
 * no ping (as a vanished phone would), and keeps one whose client answers them.
 */
class NativeSocketHeartbeatIT {

    private static ChatServer server;

    @BeforeAll
    static void startServer() {
        server = ChatServer.builder("heartbeat").externalIssuer()
                .env("CHAT_REALTIME_PING_INTERVAL", "PT1S")
                .env("CHAT_REALTIME_PING_TIMEOUT", "PT1S")
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aConnectionThatAnswersNoPingIsDroppedAndAnsweringOnesStay() throws InterruptedException {
        TestUser alice = TestUsers.create("CLIENT");
        TestUser ghost = TestUsers.create("CLIENT");
        Api.of(server).as(ghost).get("/api/chat/rooms");
        ApiResponse created = Api.of(server).as(alice).post("/api/chat/rooms",
                Map.of("name", "heartbeat", "type", "GROUP", "participantIds", List.of(ghost.id())));
        String roomId = created.data().getJsonObject("chatRoom").getString("id");
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server, alice);
             RawWebSocket ghostSocket = RawWebSocket.connect(server, ghost)) {
            aliceSocket.joinRoom(roomId);
            ghostSocket.sendText("{\"event\":\"join_room\",\"data\":{\"roomId\":\"" + roomId + "\"}}");
            ghostSocket.readUntil("room_joined");

            ghostSocket.readUntilPing();

            assertThat(aliceSocket.awaitEvent("user_offline").getString("userId")).isEqualTo(ghost.id());
            Thread.sleep(3_000); // several more ping rounds, silently answered by the JDK client
            aliceSocket.sync();
            assertThat(aliceSocket.isClosed()).isFalse();
        }
    }
}
