package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.message.control.SendMessageCommand;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.json.JsonDocuments;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An event's data, bound once into its command, refused as it was when the room was read on its own. */
class EventDataTest {

    @Test
    void aSendIsBoundOnceIntoTheRoomAndTheMessage() throws JsonDocuments.NotOneValue {
        EventData.MessageToSend toSend = EventData.about(data("{\"roomId\": \"room-1\", \"content\": \"hi\","
                + " \"type\": \"TEXT\", \"clientMessageId\": \"c-1\"}"), EventData.MessageToSend.class);

        assertThat(toSend.roomId()).isEqualTo("room-1");
        assertThat(toSend.command()).isEqualTo(new SendMessageCommand("hi", "TEXT", null, null, "c-1"));
    }

    @Test
    void aSendTakesEveryFieldOfTheRestCommand() {
        // send_message binds its own record: a field added to SendMessageCommand must be added there too
        assertThat(Arrays.stream(EventData.MessageToSend.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(Stream.concat(Stream.of("roomId"),
                        Arrays.stream(SendMessageCommand.class.getRecordComponents()).map(RecordComponent::getName))
                        .toList());
    }

    @Test
    void theRoomsProblemIsReportedFirst() {
        assertRefused("{\"content\": 5}", "roomId: is required");
        assertRefused("{\"content\": 5, \"roomId\": 7}", "roomId: has the wrong type or format");
        assertRefused("{\"roomId\": \"\", \"content\": \"hi\"}", "roomId: is required");
    }

    @Test
    void anotherFieldsProblemIsReportedWhenTheRoomIsFine() {
        assertRefused("{\"roomId\": \"room-1\", \"content\": 5}", "content: has the wrong type or format");
        assertRefused("{\"roomId\": \"room-1\", \"attachments\": {\"files\": 1}}",
                "attachments.files: has the wrong type or format");
    }

    @Test
    void dataThatIsNotAnObjectIsRefused() {
        assertRefused("[]", "data: must be an object");
        assertRefused("null", "data: must be an object");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> {
            try {
                EventData.about(data(json), EventData.MessageToSend.class);
            } catch (RuntimeException e) {
                throw ChatException.from(e);
            }
        }).as(json).isInstanceOf(ChatException.class).hasMessage(message);
    }

    private static JsonValue data(String json) throws JsonDocuments.NotOneValue {
        return JsonDocuments.singleValue(json);
    }
}
