package com.arizon.chat.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.JavaSocketIo;
import com.arizon.chat.it.support.ServerAddress;
import com.arizon.chat.it.support.TestCluster;
import com.arizon.chat.it.support.TestUser;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on Payara's data grid behind HAProxy, as {@code scripts/cluster.sh} starts them,
 * with the built-in issuer: users on different instances are in one chat.
 */
class ClusterIT {

    private static final String PASSWORD = "cluster pass 1";
    private static final String ADMIN = "cluster-admin";
    private static final int CONNECTION_LIMIT = 3;

    private static TestCluster cluster;
    private static ServerAddress node1;
    private static ServerAddress node2;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(2, Map.of(
                "CHAT_ADMIN_USERNAME", ADMIN,
                "CHAT_ADMIN_PASSWORD", PASSWORD,
                "CHAT_REALTIME_MAX_CONNECTIONS_PER_USER", String.valueOf(CONNECTION_LIMIT)));
        node1 = cluster.node(1);
        node2 = cluster.node(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aTokenIssuedByOneInstanceIsTrustedByTheOther() {
        TestUser alice = registered(node1, node2);
        ApiResponse rooms = Api.of(node1).as(alice).get("/api/chat/rooms");
        assertThat(rooms.status()).as("node2's token on node1: %s", rooms).isEqualTo(200);
        try (ChatSocket socket = ChatSocket.signedIn(node1, alice)) {
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void usersOnDifferentInstancesChatOverTheNativeEndpoint() {
        TestUser alice = registered(node1, node1);
        TestUser bob = registered(node2, node2);
        String roomId = room(node1, alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(node1, alice);
                ChatSocket bobSocket = ChatSocket.signedIn(node2, bob)) {
            aliceSocket.joinRoom(roomId);
            bobSocket.joinRoom(roomId);
            aliceSocket.emit("send_message", Map.of("roomId", roomId, "content", "hello from node1"));
            JsonObject received = bobSocket.awaitEvent("new_message",
                    data -> "hello from node1".equals(data.getJsonObject("message").getString("content")));
            assertThat(received.getJsonObject("message").getString("senderId")).isEqualTo(alice.id());

            bobSocket.emit("typing_start", Map.of("roomId", roomId));
            aliceSocket.awaitEvent("user_typing", data -> bob.id().equals(data.getString("userId")));
            bobSocket.emit("send_message", Map.of("roomId", roomId, "content", "and back from node2"));
            aliceSocket.awaitEvent("new_message",
                    data -> "and back from node2".equals(data.getJsonObject("message").getString("content")));
        }
    }

    @Test
    void aRestPostOnOneInstanceReachesSocketsOnTheOther() {
        TestUser alice = registered(node1, node1);
        TestUser bob = registered(node2, node2);
        String roomId = room(node1, alice, bob);
        try (ChatSocket bobSocket = ChatSocket.signedIn(node2, bob)) {
            bobSocket.joinRoom(roomId);
            ApiResponse posted = Api.of(node1).as(alice)
                    .post("/api/chat/rooms/" + roomId + "/messages", Map.of("content", "over REST on node1"));
            assertThat(posted.status()).as("%s", posted).isEqualTo(201);
            String messageId = posted.data().getJsonObject("message").getString("id");
            bobSocket.awaitEvent("new_message",
                    data -> messageId.equals(data.getJsonObject("message").getString("id")));

            assertThat(Api.of(node1).as(alice).patch("/api/chat/rooms/" + roomId + "/messages/" + messageId,
                    Map.of("content", "edited on node1")).status()).isEqualTo(200);
            bobSocket.awaitEvent("message_updated",
                    data -> "edited on node1".equals(data.getJsonObject("message").getString("content")));
        }
    }

    @Test
    void socketIoClientsOnDifferentInstancesChat() throws Exception {
        TestUser alice = registered(node1, node1);
        TestUser bob = registered(node2, node2);
        String roomId = room(node1, alice, bob);
        try (JavaSocketIo aliceSocket = JavaSocketIo.connect(node1, WebSocket.NAME, Optional.of(alice.token()));
                JavaSocketIo bobSocket = JavaSocketIo.connect(node2, Polling.NAME, Optional.of(bob.token()))) {
            aliceSocket.await("authenticated");
            bobSocket.await("authenticated");
            aliceSocket.emitWithAck("join_room", Map.of("roomId", roomId));
            bobSocket.emitWithAck("join_room", Map.of("roomId", roomId));
            aliceSocket.emitWithAck("send_message", Map.of("roomId", roomId, "content", "socket.io across"));
            assertThat(bobSocket.await("new_message",
                    data -> "socket.io across".equals(data.optJSONObject("message").optString("content")))
                    .getJSONObject("message").getString("senderId")).isEqualTo(alice.id());
        }
    }

    @Test
    void socketIoLongPollingStaysOnItsInstanceThroughTheBalancer() throws Exception {
        TestUser alice = registered(node1, node2);
        TestUser bob = registered(node2, node1);
        String roomId = room(node2, alice, bob);
        ServerAddress balancer = cluster.balancer();
        try (JavaSocketIo aliceSocket = JavaSocketIo.connect(balancer, Polling.NAME, Optional.of(alice.token()));
                JavaSocketIo bobSocket = JavaSocketIo.connect(balancer, Polling.NAME, Optional.of(bob.token()))) {
            aliceSocket.await("authenticated");
            bobSocket.await("authenticated");
            aliceSocket.emitWithAck("join_room", Map.of("roomId", roomId));
            bobSocket.emitWithAck("join_room", Map.of("roomId", roomId));
            for (int i = 0; i < 5; i++) {
                String content = "polled " + i;
                aliceSocket.emitWithAck("send_message", Map.of("roomId", roomId, "content", content));
                bobSocket.await("new_message", data -> content.equals(data.optJSONObject("message").optString("content")));
            }
            assertThat(aliceSocket.isConnected()).isTrue();
            assertThat(bobSocket.isConnected()).isTrue();
        }
    }

    @Test
    void aPermissionEditTakesEffectOnTheOtherInstanceAtOnce() {
        Api admin = Api.of(node1).withToken(login(node1, ADMIN));
        TestUser carol = registered(node2, node2);
        Api carolOnNode2 = Api.of(node2).as(carol);
        assertThat(carolOnNode2.post("/api/chat/rooms", Map.of("name", "before", "type", "GROUP")).status())
                .isEqualTo(201);
        List<String> granted = admin.get("/api/admin/roles/CLIENT/permissions").data()
                .getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        try {
            ApiResponse edited = admin.put("/api/admin/roles/CLIENT/permissions",
                    Map.of("permissions", granted.stream().filter(p -> !"chats:create".equals(p)).toList()));
            assertThat(edited.status()).as("%s", edited).isEqualTo(200);
            ApiResponse refused = carolOnNode2.post("/api/chat/rooms", Map.of("name", "after", "type", "GROUP"));
            assertThat(refused.status()).as("right after the edit on node1: %s", refused).isEqualTo(403);
        } finally {
            admin.put("/api/admin/roles/CLIENT/permissions", Map.of("permissions", granted));
        }
        assertThat(carolOnNode2.post("/api/chat/rooms", Map.of("name", "again", "type", "GROUP")).status())
                .isEqualTo(201);
    }

    /** Registers a new user on one instance and logs in on another: the token is the second's. */
    private static TestUser registered(ServerAddress registeredOn, ServerAddress loggedInOn) {
        String username = "cl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ApiResponse registration = Api.of(registeredOn).post("/api/auth/register", Map.of(
                "username", username, "email", username + "@cluster.test", "password", PASSWORD,
                "firstName", "Cluster", "lastName", "User"));
        assertThat(registration.status()).as("%s", registration).isEqualTo(201);
        String id = registration.data().getJsonObject("user").getString("id");
        return new TestUser(id, username, username + "@cluster.test", "Cluster", "User", List.of("CLIENT"),
                login(loggedInOn, username));
    }

    private static String login(ServerAddress node, String username) {
        ApiResponse login = Api.of(node).post("/api/auth/login", Map.of("username", username, "password", PASSWORD));
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        return login.data().getString("token");
    }

    private static String room(ServerAddress node, TestUser owner, TestUser member) {
        Api api = Api.of(node).as(owner);
        ApiResponse created = api.post("/api/chat/rooms", Map.of("name", "Cluster room", "type", "GROUP"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String roomId = created.data().getJsonObject("chatRoom").getString("id");
        ApiResponse joined = Api.of(node).as(member).post("/api/chat/rooms/" + roomId);
        assertThat(joined.status()).as("%s", joined).isEqualTo(200);
        return roomId;
    }
}
