package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frames and events that make no sense: the offender is told, stays connected, and nobody else notices. */
class NativeSocketBadInputIT {

    @Test
    void unreadableFramesGetErrorAndTheConnectionStaysOpen() {
        try (ChatSocket socket = ChatSocket.signedIn(server(), user())) {
            socket.sendRaw("this is not JSON");
            socket.sendRaw("[\"join_room\", {}]");
            socket.sendRaw("\"just a string\"");
            socket.sendRaw("{\"data\": {}}");
            socket.sendRaw("{\"event\": 42, \"data\": {}}");
            socket.sendRaw("[".repeat(20_000));
            socket.sendRaw("{\"event\": \"join_room\", \"data\": {}}}");
            socket.sendBinary("binary".getBytes(StandardCharsets.UTF_8));

            socket.awaitFrame(frame -> socket.events("error").size() == 8, "eight errors");
            assertThat(socket.events("error")).allSatisfy(error -> {
                assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
                assertThat(error.getString("message")).isNotBlank();
            });
            socket.sync();
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void unknownEventGetsErrorNamingIt() {
        try (ChatSocket socket = ChatSocket.signedIn(server(), user())) {
            socket.emit("fly_to_the_moon", Map.of());
            JsonObject error = socket.awaitEvent("error");
            assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(error.getString("message")).contains("fly_to_the_moon");
            socket.sync();
        }
    }

    @Test
    void wrongShapesAreValidationErrorsOfTheirEvent() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            socket.emit("join_room", "not an object");
            assertThat(socket.awaitEvent("room_error").getString("code")).isEqualTo("VALIDATION_ERROR");

            socket.emit("join_room", Map.of("roomId", 42));
            JsonObject wrongType = socket.awaitEvent("room_error", data -> data.containsKey("details")
                    && data.getJsonArray("details").getJsonObject(0).getString("field").equals("roomId"));
            assertThat(wrongType.getString("code")).isEqualTo("VALIDATION_ERROR");

            socket.emit("send_message", Map.of("roomId", roomId, "content", 5));
            JsonObject badContent = socket.awaitEvent("message_error");
            assertThat(badContent.getString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(badContent.getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("content");

            socket.emit("send_message", Map.of("roomId", roomId, "content", "nul \u0000 inside"));
            socket.awaitEvent("message_error", data -> data.getString("message").contains("U+0000"));

            socket.emit("send_message", Map.of("roomId", roomId, "content", "hi", "attachments", "files"));
            socket.awaitFrame(frame -> socket.events("message_error").size() == 3, "a third message_error");
            assertThat(socket.events("message_error").get(2).getString("code")).isEqualTo("VALIDATION_ERROR");

            socket.emit("mark_read", Map.of("roomId", roomId, "messageId", true));
            assertThat(socket.awaitEvent("room_error", data -> data.getString("message").contains("messageId"))
                    .getString("code")).isEqualTo("VALIDATION_ERROR");

            socket.emit("send_message", Map.of("roomId", roomId, "content", "fine after all"));
            socket.awaitEvent("message_sent");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void anEmptyMediaMessageWithoutAttachmentsIsAValidationErrorNamingAttachments() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            socket.emit("send_message", Map.of("roomId", roomId, "content", "", "type", "IMAGE"));

            JsonObject refused = socket.awaitEvent("message_error");
            assertThat(refused.getString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(refused.getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("attachments");
            socket.emit("send_message", Map.of("roomId", roomId, "content", "still here"));
            socket.awaitEvent("message_sent");
        }
    }

    @Test
    void oneClientsGarbageDoesNotDisturbTheOthers() {
        try (SubscribedPair pair = SubscribedPair.open()) {

            pair.aliceSocket().sendRaw("{{{{");
            pair.aliceSocket().emit("join_room", Map.of("roomId", Map.of("nested", true)));
            pair.aliceSocket().emit("send_message", Map.of("roomId", pair.roomId()));
            pair.aliceSocket().awaitFrame(frame -> pair.aliceSocket().events("message_error").size() == 1, "message_error");

            pair.bobSocket().emit("send_message", Map.of("roomId", pair.roomId(), "content", "unbothered"));
            String id = pair.bobSocket().awaitEvent("message_sent").getJsonObject("message").getString("id");
            pair.aliceSocket().awaitEvent("new_message", data -> data.getJsonObject("message").getString("id").equals(id));
            assertThat(pair.bobSocket().events("error")).isEmpty();
            assertThat(pair.bobSocket().events("room_error")).isEmpty();
        }
    }
}
