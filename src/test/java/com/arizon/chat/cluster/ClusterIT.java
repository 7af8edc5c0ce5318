package com.arizon.chat.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.JavaSocketIo;
import com.arizon.chat.it.support.NodeSocketIoSuite;
import com.arizon.chat.it.support.ServerAddress;
import com.arizon.chat.it.support.TestCluster;
import com.arizon.chat.it.support.TestUser;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances on Payara's data grid behind HAProxy, as {@code scripts/cluster.sh} starts them,
 * with the built-in issuer: users on different instances are in one chat. Started once for the
 * class; the failover test, which kills an instance, runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PASSWORD = "cluster pass 1";
    private static final String ADMIN = "cluster-admin";
    private static final int CONNECTION_LIMIT = 3;
    private static final int REQUESTS_PER_SECOND = 30;

    private static TestCluster cluster;
    private static ServerAddress node1;
    private static ServerAddress node2;
    /** The failover test's room owner and members, signed in before the login throttle test blocks this address. */
    private static TestUser failoverOwner;
    private static final List<TestUser> FAILOVER_MEMBERS = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(2, Map.of(
                "CHAT_ADMIN_USERNAME", ADMIN,
                "CHAT_ADMIN_PASSWORD", PASSWORD,
                "CHAT_REALTIME_MAX_CONNECTIONS_PER_USER", String.valueOf(CONNECTION_LIMIT),
                "CHAT_REST_REQUESTS_PER_SECOND", String.valueOf(REQUESTS_PER_SECOND)));
        node1 = cluster.node(1);
        node2 = cluster.node(2);
        failoverOwner = registered(node1, node1);
        for (int i = 0; i < 4; i++) {
            FAILOVER_MEMBERS.add(registered(node1, node2));
        }
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

    @Test
    void presenceAndTheRoomsOnlineUsersAgreeOnBothInstances() {
        TestUser alice = registered(node1, node1);
        TestUser bob = registered(node2, node2);
        String roomId = room(node1, alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(node1, alice)) {
            aliceSocket.joinRoom(roomId);
            assertThat(isOnline(node2, bob, roomId, alice)).as("alice, connected to node1, seen from node2").isTrue();
            assertThat(isOnline(node1, alice, roomId, bob)).isFalse();
            try (ChatSocket bobSocket = ChatSocket.signedIn(node2, bob)) {
                bobSocket.joinRoom(roomId);
                aliceSocket.awaitEvent("user_online", data -> bob.id().equals(data.getString("userId")));
                Predicate<JsonObject> both = data -> usersIn(data).equals(Set.of(alice.id(), bob.id()));
                aliceSocket.awaitEvent("room_users_update", both);
                bobSocket.awaitEvent("room_users_update", both);
                assertThat(isOnline(node1, alice, roomId, bob)).as("bob, connected to node2, seen from node1").isTrue();
            }
            aliceSocket.awaitEvent("user_offline", data -> bob.id().equals(data.getString("userId")));
            aliceSocket.awaitEvent("room_users_update", data -> usersIn(data).equals(Set.of(alice.id())));
            assertThat(isOnline(node1, alice, roomId, bob)).isFalse();
        }
    }

    @Test
    void theConnectionLimitCountsEveryInstance() {
        TestUser dave = registered(node1, node2);
        List<ChatSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTION_LIMIT; i++) {
                sockets.add(ChatSocket.signedIn(i % 2 == 0 ? node1 : node2, dave));
            }
            for (ServerAddress node : List.of(node1, node2)) {
                try (ChatSocket extra = ChatSocket.connect(node, dave)) {
                    assertThat(extra.awaitEvent("error").getString("code")).isEqualTo("RATE_LIMITED");
                    assertThat(extra.awaitClose().code()).isEqualTo(1008);
                }
            }
            sockets.remove(0).close();
            await().atMost(ChatSocket.TIMEOUT).untilAsserted(() -> {
                try (ChatSocket replacement = ChatSocket.connect(node2, dave)) {
                    replacement.awaitFrame(frame -> frame.event().equals("authenticated")
                            || frame.event().equals("error"), "an answer to the handshake");
                    assertThat(replacement.events("authenticated")).isNotEmpty();
                }
            });
        } finally {
            sockets.forEach(ChatSocket::close);
        }
    }

    /**
     * Under a steady bounded load through HAProxy (each client sends every 200 ms, with a
     * {@code clientMessageId}), instance 2 is killed: its clients, once their user is seen offline,
     * reconnect through the balancer, resend what was not acknowledged, and catch up with
     * {@code after}; every acknowledged message is in the history exactly once.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenAnInstanceDiesItsClientsMoveToTheSurvivorAndNothingAcknowledgedIsLostOrDoubled() {
        TestUser owner = failoverOwner;
        List<LoadClient> clients = FAILOVER_MEMBERS.stream().map(LoadClient::new).toList();
        String roomId = room(node1, owner, clients.get(0).user);
        clients.subList(1, clients.size()).forEach(client -> join(node1, client.user, roomId));
        ServerAddress balancer = cluster.balancer();
        try (ChatSocket observer = ChatSocket.signedIn(node1, owner)) {
            observer.joinRoom(roomId);
            clients.forEach(client -> client.connect(balancer, roomId));
            sendFor(clients, roomId, Duration.ofSeconds(2));

            cluster.kill(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> clients.stream().anyMatch(LoadClient::disconnected));
            sendFor(clients, roomId, Duration.ofSeconds(1));
            List<LoadClient> moved = clients.stream().filter(LoadClient::disconnected).toList();
            assertThat(moved).as("round robin put clients on both instances").isNotEmpty().hasSizeLessThan(clients.size());
            for (LoadClient client : moved) {
                await().atMost(Duration.ofSeconds(45)).until(() -> observer.events("user_offline").stream()
                        .anyMatch(data -> client.user.id().equals(data.getString("userId"))));
            }
            int beforeReconnect = observer.mark();
            moved.forEach(client -> client.reconnect(balancer, roomId));
            for (LoadClient client : moved) {
                observer.awaitEventSince(beforeReconnect, "user_online",
                        data -> client.user.id().equals(data.getString("userId")));
            }
            sendFor(clients, roomId, Duration.ofSeconds(2));
            clients.forEach(LoadClient::awaitAcknowledgements);

            List<JsonObject> history = ChatFixtures.on(balancer).allMessages(owner, roomId);
            Set<String> acknowledged = new java.util.HashSet<>();
            clients.forEach(client -> acknowledged.addAll(client.acknowledgedIds()));
            Map<String, Long> copies = history.stream().collect(Collectors.groupingBy(
                    message -> message.getString("id"), Collectors.counting()));
            assertThat(acknowledged).allSatisfy(id -> assertThat(copies.get(id)).as(id).isEqualTo(1L));
            Map<String, Long> perClientMessageId = history.stream()
                    .filter(message -> !message.isNull("clientMessageId"))
                    .collect(Collectors.groupingBy(message -> message.getString("clientMessageId"),
                            Collectors.counting()));
            assertThat(perClientMessageId.values()).as("no retry stored twice").allMatch(count -> count == 1L);
            int sent = clients.stream().mapToInt(client -> client.sent.size()).sum();
            assertThat(perClientMessageId).hasSize(sent);
            for (LoadClient client : moved) {
                assertThat(client.seenAfterCatchingUp(balancer, roomId))
                        .as("%s caught up", client.user.username()).containsAll(acknowledged);
            }
        } finally {
            clients.forEach(LoadClient::close);
        }
    }

    private static void sendFor(List<LoadClient> clients, String roomId, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            clients.forEach(client -> client.sendNext(roomId));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A member of the failover test's room: what it sent, on which sockets, and what came back. */
    private static final class LoadClient {

        private final TestUser user;
        private final List<String> sent = new ArrayList<>();
        private final List<ChatSocket> sockets = new ArrayList<>();
        private final Set<String> caughtUp = new java.util.HashSet<>();

        LoadClient(TestUser user) {
            this.user = user;
        }

        void connect(ServerAddress balancer, String roomId) {
            ChatSocket socket = ChatSocket.signedIn(balancer, user);
            socket.joinRoom(roomId);
            sockets.add(socket);
        }

        /** Connects again (the balancer may still try the dead instance first) and resends what was not acknowledged. */
        void reconnect(ServerAddress balancer, String roomId) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                connect(balancer, roomId);
                return true;
            });
            caughtUp.addAll(messagesAfter(balancer, roomId, lastSeenId()));
            Set<String> acknowledged = acknowledgedClientIds();
            sent.stream().filter(id -> !acknowledged.contains(id))
                    .forEach(id -> current().emit("send_message", message(roomId, id)));
        }

        boolean disconnected() {
            return current().isClosed();
        }

        void sendNext(String roomId) {
            if (disconnected()) {
                return;
            }
            String clientMessageId = user.username() + "-" + sent.size();
            sent.add(clientMessageId);
            try {
                current().emit("send_message", message(roomId, clientMessageId));
            } catch (RuntimeException closedMeanwhile) {
                // unacknowledged: sent again after reconnecting
            }
        }

        void awaitAcknowledgements() {
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledgedClientIds().containsAll(sent));
        }

        Set<String> acknowledgedIds() {
            return acknowledgements().map(message -> message.getString("id")).collect(Collectors.toSet());
        }

        /** What reached this client: pushes and replies on every socket, and its catch-up after reconnecting. */
        Set<String> seenAfterCatchingUp(ServerAddress balancer, String roomId) {
            Set<String> seen = new java.util.HashSet<>(caughtUp);
            for (ChatSocket socket : sockets) {
                for (String event : List.of("new_message", "message_sent")) {
                    socket.events(event).forEach(data -> seen.add(data.getJsonObject("message").getString("id")));
                }
            }
            return seen;
        }

        void close() {
            sockets.forEach(ChatSocket::close);
        }

        private java.util.stream.Stream<JsonObject> acknowledgements() {
            return sockets.stream().flatMap(socket -> socket.events("message_sent").stream())
                    .map(data -> data.getJsonObject("message"));
        }

        private Set<String> acknowledgedClientIds() {
            return acknowledgements().map(message -> message.getString("clientMessageId")).collect(Collectors.toSet());
        }

        private String lastSeenId() {
            ChatSocket previous = sockets.get(sockets.size() - 2);
            return previous.frames().stream()
                    .filter(frame -> frame.event().equals("new_message") || frame.event().equals("message_sent"))
                    .map(frame -> frame.object().getJsonObject("message").getString("id"))
                    .reduce((first, second) -> second).orElseThrow();
        }

        private List<String> messagesAfter(ServerAddress balancer, String roomId, String afterId) {
            List<String> ids = new ArrayList<>();
            String cursor = afterId;
            while (true) {
                ApiResponse page = Api.of(balancer).as(user)
                        .get("/api/chat/rooms/" + roomId + "/messages?limit=100&after=" + cursor);
                assertThat(page.status()).as("%s", page).isEqualTo(200);
                List<JsonObject> messages = page.data().getJsonArray("messages").getValuesAs(JsonObject.class);
                messages.forEach(message -> ids.add(message.getString("id")));
                if (messages.isEmpty() || !page.data().getJsonObject("pagination").getBoolean("hasMore")) {
                    return ids;
                }
                cursor = messages.get(messages.size() - 1).getString("id");
            }
        }

        private ChatSocket current() {
            return sockets.get(sockets.size() - 1);
        }

        private static Map<String, Object> message(String roomId, String clientMessageId) {
            return Map.of("roomId", roomId, "content", "load " + clientMessageId, "clientMessageId", clientMessageId);
        }
    }

    /** Requests spread over both instances by 16 threads at once: one bucket holds them all. */
    @Test
    void aUsersRestLimitCountsEveryInstance() throws Exception {
        TestUser erin = registered(node1, node2);
        List<Api> both = List.of(Api.of(node1).as(erin), Api.of(node2).as(erin));
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 4 * REQUESTS_PER_SECOND; i++) {
                Api api = both.get(i % 2);
                requests.add(threads.submit(() -> {
                    int status = api.get("/api/chat/rooms").status();
                    (status == 429 ? limited : admitted).incrementAndGet();
                }));
            }
            for (Future<?> request : requests) {
                request.get(1, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(admitted.get()).as("admitted in %.2f s by one bucket for both instances", seconds)
                .isLessThanOrEqualTo(REQUESTS_PER_SECOND + (int) Math.ceil(REQUESTS_PER_SECOND * seconds));
        assertThat(limited.get()).isPositive();
    }

    /** The seed's samples with the real socket.io-client from npm, over polling and WebSocket, through HAProxy. */
    @Test
    void theNodeSocketIoSuitePassesThroughTheBalancer() throws Exception {
        NodeSocketIoSuite.passes(cluster.balancer(), List.of(registered(node1, node2), registered(node2, node1),
                registered(node1, node1)));
    }

    /**
     * Behind HAProxy ({@code option forwardfor}) the instances trust the balancer's
     * {@code X-Forwarded-For}: two clients at different addresses have a login throttle each, though
     * both reach the instances from the balancer. Unknown usernames, so only the address is counted.
     */
    @Test
    void clientsBehindTheBalancerHaveALoginThrottleEach() {
        Api guesser = Api.of(cluster.balancer()).withHeader("X-Forwarded-For", "198.51.100.21");
        Api bystander = Api.of(cluster.balancer()).withHeader("X-Forwarded-For", "198.51.100.22");
        for (int i = 0; i < 5; i++) {
            ApiResponse failed = guesser.post("/api/auth/login", Map.of("username", "nobody_" + i,
                    "password", "wrong password"));
            assertThat(failed.status()).as("%s", failed).isEqualTo(401);
        }
        ApiResponse throttled = guesser.post("/api/auth/login", Map.of("username", "nobody_5",
                "password", "wrong password"));
        assertThat(throttled.status()).as("the guesser's sixth attempt: %s", throttled).isEqualTo(429);

        ApiResponse another = bystander.post("/api/auth/login", Map.of("username", "nobody_6",
                "password", "wrong password"));
        assertThat(another.status()).as("another client's attempt: %s", another).isEqualTo(401);
        TestUser grace = registered(node1, node2);
        ApiResponse signedIn = bystander.post("/api/auth/login", Map.of("username", grace.username(),
                "password", PASSWORD));
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(200);
    }

    /** Five failures from this address block its logins for five minutes: second to last. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void failedLoginsOnOneInstanceThrottleTheOther() {
        TestUser frank = registered(node1, node1);
        for (int i = 0; i < 5; i++) {
            ApiResponse failed = Api.of(i % 2 == 0 ? node1 : node2).post("/api/auth/login",
                    Map.of("username", frank.username(), "password", "wrong password " + i));
            assertThat(failed.status()).as("%s", failed).isEqualTo(401);
        }
        ApiResponse throttled = Api.of(node2).post("/api/auth/login",
                Map.of("username", frank.username(), "password", PASSWORD));
        assertThat(throttled.status()).as("%s", throttled).isEqualTo(429);
    }

    private static boolean isOnline(ServerAddress node, TestUser reader, String roomId, TestUser participant) {
        ApiResponse room = Api.of(node).as(reader).get("/api/chat/rooms/" + roomId);
        assertThat(room.status()).as("%s", room).isEqualTo(200);
        return room.data().getJsonObject("chatRoom").getJsonArray("participants").getValuesAs(JsonObject.class)
                .stream().filter(p -> participant.id().equals(p.getString("id")))
                .findFirst().orElseThrow().getBoolean("isOnline");
    }

    private static Set<String> usersIn(JsonObject roomUsersUpdate) {
        return roomUsersUpdate.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .map(user -> user.getString("id")).collect(Collectors.toSet());
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
        join(node, member, roomId);
        return roomId;
    }

    private static void join(ServerAddress node, TestUser member, String roomId) {
        ApiResponse joined = Api.of(node).as(member).post("/api/chat/rooms/" + roomId);
        assertThat(joined.status()).as("%s", joined).isEqualTo(200);
    }
}
