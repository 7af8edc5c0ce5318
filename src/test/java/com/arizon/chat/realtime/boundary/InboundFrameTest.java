package com.arizon.chat.realtime.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.json.JsonDocuments;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class InboundFrameTest {

    @Test
    void readsEventAndData() throws InboundFrame.Malformed {
        InboundFrame frame = InboundFrame.parse("{\"event\":\"join_room\",\"data\":{\"roomId\":\"r1\"}}");

        assertThat(frame.event()).isEqualTo("join_room");
        assertThat(frame.data().asJsonObject().getString("roomId")).isEqualTo("r1");
    }

    @Test
    void missingDataIsNull() throws InboundFrame.Malformed {
        assertThat(InboundFrame.parse("{\"event\":\"x\"}").data()).isEqualTo(JsonValue.NULL);
    }

    @Test
    void refusesWhatIsNotAnEventObject() {
        for (String text : new String[] {"", "nope", "[1]", "\"s\"", "{\"data\":{}}", "{\"event\":1}",
            "{\"event\":\"x\"", "[".repeat(100_000)}) {
            assertThatThrownBy(() -> InboundFrame.parse(text)).as(text.length() > 20 ? "deep nesting" : text)
                    .isInstanceOf(InboundFrame.Malformed.class);
        }
    }

    @Test
    void nestsAsDeepAsSocketIoPayloadsAndNoDeeper() throws InboundFrame.Malformed {
        int dataDepth = JsonDocuments.MAX_DEPTH - 1;
        String deepest = "{\"event\":\"x\",\"data\":" + "[".repeat(dataDepth) + "]".repeat(dataDepth) + "}";
        String tooDeep = "{\"event\":\"x\",\"data\":" + "[".repeat(dataDepth + 1) + "]".repeat(dataDepth + 1) + "}";

        assertThat(InboundFrame.parse(deepest).event()).isEqualTo("x");
        assertThatThrownBy(() -> InboundFrame.parse(tooDeep)).isInstanceOf(InboundFrame.Malformed.class)
                .hasMessage("The frame nests JSON deeper than 32 levels");
    }
}
