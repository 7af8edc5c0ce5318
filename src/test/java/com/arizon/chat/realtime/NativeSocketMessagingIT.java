package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.api;
import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code send_message}, {@code mark_read}, typing, and the pushes of what REST does: every row of the
 * contract's event table that carries chat content.
 */
class NativeSocketMessagingIT {

    @Test
    void senderGetsMessageSentAndEveryOtherConnectionNewMessageTheSendersOtherDevicesIncluded() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket bobPhone = ChatSocket.signedIn(server(), bob);
             ChatSocket bobLaptop = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.joinRoom(roomId);
            bobPhone.joinRoom(roomId);
            bobLaptop.joinRoom(roomId);

            bobPhone.emit("send_message", Map.of("roomId", roomId, "content", "  hello there  ", "type", "TEXT"));

            JsonObject sent = bobPhone.awaitEvent("message_sent").getJsonObject("message");
            assertThat(sent.getString("content")).isEqualTo("hello there");
            assertThat(sent.getString("senderId")).isEqualTo(bob.id());
            assertThat(sent.getString("roomId")).isEqualTo(roomId);
            assertThat(sent.getJsonObject("sender").getString("username")).isEqualTo(bob.username());
            String id = sent.getString("id");
            assertThat(aliceSocket.awaitEvent("new_message", data -> hasMessage(data, id))
                    .getJsonObject("message").getString("content")).isEqualTo("hello there");
            bobLaptop.awaitEvent("new_message", data -> hasMessage(data, id));
            bobPhone.sync();
            assertThat(bobPhone.events("new_message")).noneMatch(data -> hasMessage(data, id));
        }
    }

    @Test
    void messageSentIsAnnouncedOnlyOnceTheRowIsCommitted() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            socket.emit("send_message", Map.of("roomId", roomId, "content", "durable", "type", "TEXT"));
            String id = socket.awaitEvent("message_sent").getJsonObject("message").getString("id");

            ApiResponse history = api(alice).get("/api/chat/rooms/" + roomId + "/messages");
            assertThat(history.data().getJsonArray("messages").getValuesAs(JsonObject.class))
                    .extracting(message -> message.getString("id")).contains(id);
        }
    }

    @Test
    void sendingWithoutSubscribingWorksForParticipants() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket bobSocket = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.joinRoom(roomId);
            bobSocket.emit("send_message", Map.of("roomId", roomId, "content", "drive-by"));
            String id = bobSocket.awaitEvent("message_sent").getJsonObject("message").getString("id");
            aliceSocket.awaitEvent("new_message", data -> hasMessage(data, id));
        }
    }

    @Test
    void aRetriedClientMessageIdAnswersTheFirstMessageAndIsNotBroadcastAgain() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket bobSocket = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.joinRoom(roomId);
            Map<String, Object> send = Map.of("roomId", roomId, "content", "once", "clientMessageId", "retry-1");

            bobSocket.emit("send_message", send);
            bobSocket.emit("send_message", send);

            bobSocket.awaitFrame(frame -> bobSocket.events("message_sent").size() == 2, "two message_sent");
            assertThat(bobSocket.events("message_sent")).extracting(data -> data.getJsonObject("message").getString("id"))
                    .containsOnly(bobSocket.events("message_sent").get(0).getJsonObject("message").getString("id"));
            aliceSocket.sync();
            assertThat(aliceSocket.events("new_message")).filteredOn(data -> data.getJsonObject("message")
                    .getString("clientMessageId", "").equals("retry-1")).hasSize(1);
        }
    }

    @Test
    void messagesPostedOverRestReachEverySubscriber() {
        try (SubscribedPair pair = SubscribedPair.open()) {

            String id = RealtimeFixtures.postOverRest(pair.alice(), pair.roomId(), "from REST");

            assertThat(pair.bobSocket().awaitEvent("new_message", data -> hasMessage(data, id))
                    .getJsonObject("message").getString("content")).isEqualTo("from REST");
            pair.aliceSocket().awaitEvent("new_message", data -> hasMessage(data, id));
        }
    }

    @Test
    void refusedMessagesGetMessageErrorAndTheConnectionStaysUsable() {
        TestUser alice = user();
        TestUser outsider = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice);
             ChatSocket outsiderSocket = ChatSocket.signedIn(server(), outsider)) {
            socket.emit("send_message", Map.of("roomId", roomId, "content", "x".repeat(4001)));
            JsonObject tooLong = socket.awaitEvent("message_error");
            assertThat(tooLong.getString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(tooLong.getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("content");
            assertThat(tooLong.getString("roomId")).isEqualTo(roomId);

            socket.emit("send_message", Map.of("roomId", roomId, "content", "system?", "type", "SYSTEM",
                    "clientMessageId", "c-9"));
            JsonObject system = socket.awaitEvent("message_error", data -> data.getString("code").equals("MESSAGE_SEND_FAILED"));
            assertThat(system.getString("clientMessageId")).isEqualTo("c-9");

            socket.emit("send_message", Map.of("content", "where?"));
            socket.awaitEvent("message_error", data -> data.getString("code").equals("VALIDATION_ERROR")
                    && data.getJsonArray("details").getJsonObject(0).getString("field").equals("roomId"));

            outsiderSocket.emit("send_message", Map.of("roomId", roomId, "content", "let me in"));
            assertThat(outsiderSocket.awaitEvent("message_error").getString("code")).isEqualTo("NOT_PARTICIPANT");

            socket.emit("send_message", Map.of("roomId", roomId, "content", "still here"));
            assertThat(socket.awaitEvent("message_sent").getJsonObject("message").getString("content"))
                    .isEqualTo("still here");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void markReadAnswersTheSenderAndTellsTheOthers() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        String messageId = RealtimeFixtures.postOverRest(alice, roomId, "read me");
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket bobSocket = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.joinRoom(roomId);
            bobSocket.joinRoom(roomId);

            bobSocket.emit("mark_read", Map.of("roomId", roomId, "messageId", messageId));

            JsonObject answer = bobSocket.awaitEvent("messages_read");
            assertThat(answer.getString("roomId")).isEqualTo(roomId);
            assertThat(answer.getString("lastReadMessageId")).isEqualTo(messageId);
            JsonObject told = aliceSocket.awaitEvent("messages_read");
            assertThat(told.getString("roomId")).isEqualTo(roomId);
            assertThat(told.getString("userId")).isEqualTo(bob.id());
            assertThat(told.getString("lastReadMessageId")).isEqualTo(messageId);

            bobSocket.emit("mark_read", Map.of("roomId", roomId, "messageId", "no-such-message"));
            assertThat(bobSocket.awaitEvent("room_error").getString("code")).isEqualTo("MESSAGE_NOT_FOUND");
        }
    }

    @Test
    void typingIsRelayedToOthersOnceAndStopped() {
        try (SubscribedPair pair = SubscribedPair.open()) {

            pair.bobSocket().emit("typing_start", Map.of("roomId", pair.roomId()));
            pair.bobSocket().emit("typing_start", Map.of("roomId", pair.roomId()));
            JsonObject typing = pair.aliceSocket().awaitEvent("user_typing");
            assertThat(typing.getString("userId")).isEqualTo(pair.bob().id());
            assertThat(typing.getString("userEmail")).isEqualTo(pair.bob().email());
            assertThat(typing.getString("roomId")).isEqualTo(pair.roomId());

            pair.bobSocket().emit("typing_stop", Map.of("roomId", pair.roomId()));
            JsonObject stopped = pair.aliceSocket().awaitEvent("user_stopped_typing");
            assertThat(stopped.getString("userId")).isEqualTo(pair.bob().id());
            assertThat(stopped.getString("roomId")).isEqualTo(pair.roomId());
            assertThat(pair.aliceSocket().events("user_typing")).hasSize(1);
            pair.bobSocket().sync();
            assertThat(pair.bobSocket().events("user_typing")).isEmpty();
        }
    }

    @Test
    void typingThatIsNotRefreshedStopsByItself() {
        try (SubscribedPair pair = SubscribedPair.open()) {

            pair.bobSocket().emit("typing_start", Map.of("roomId", pair.roomId()));

            pair.aliceSocket().awaitEvent("user_typing");
            assertThat(pair.aliceSocket().awaitEvent("user_stopped_typing").getString("userId")).isEqualTo(pair.bob().id());
            assertThat(pair.bobSocket().isClosed()).isFalse();
        }
    }

    @Test
    void sendingAMessageEndsTyping() {
        try (SubscribedPair pair = SubscribedPair.open()) {
            pair.bobSocket().emit("typing_start", Map.of("roomId", pair.roomId()));
            pair.aliceSocket().awaitEvent("user_typing");

            pair.bobSocket().emit("send_message", Map.of("roomId", pair.roomId(), "content", "done typing"));

            String id = pair.bobSocket().awaitEvent("message_sent").getJsonObject("message").getString("id");
            pair.aliceSocket().awaitEvent("new_message", data -> hasMessage(data, id));
            pair.aliceSocket().sync();
            assertThat(pair.aliceSocket().events("user_stopped_typing")).hasSize(1);
        }
    }

    @Test
    void typingInARoomNotJoinedIsRefused() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            socket.emit("typing_start", Map.of("roomId", roomId));
            assertThat(socket.awaitEvent("room_error").getString("code")).isEqualTo("NOT_PARTICIPANT");
        }
    }

    @Test
    void joiningAndLeavingOverRestArePushedAndTheLeaverIsUnsubscribed() {
        TestUser alice = user();
        TestUser carol = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket carolSocket = ChatSocket.signedIn(server(), carol)) {
            aliceSocket.joinRoom(roomId);

            assertThat(api(carol).post("/api/chat/rooms/" + roomId).status()).isEqualTo(200);
            JsonObject joined = aliceSocket.awaitEvent("participant_joined");
            assertThat(joined.getString("roomId")).isEqualTo(roomId);
            assertThat(joined.getJsonObject("participant").getString("id")).isEqualTo(carol.id());
            assertThat(joined.getJsonObject("participant").getString("role")).isEqualTo("MEMBER");

            carolSocket.joinRoom(roomId);
            assertThat(api(carol).delete("/api/chat/rooms/" + roomId).status()).isEqualTo(200);

            JsonObject left = aliceSocket.awaitEvent("participant_left");
            assertThat(left.getString("roomId")).isEqualTo(roomId);
            assertThat(left.getString("userId")).isEqualTo(carol.id());
            carolSocket.awaitEvent("participant_left");
            aliceSocket.awaitEvent("user_offline", data -> data.getString("userId").equals(carol.id()));

            String after = RealtimeFixtures.postOverRest(alice, roomId, "carol is gone");
            carolSocket.sync();
            assertThat(carolSocket.events("new_message")).noneMatch(data -> hasMessage(data, after));
        }
    }

    static boolean hasMessage(JsonObject data, String messageId) {
        return data.getJsonObject("message").getString("id").equals(messageId);
    }
}
