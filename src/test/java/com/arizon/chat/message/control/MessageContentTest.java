package com.arizon.chat.message.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The content rule of new messages and edits, without a container. */
class MessageContentTest {

    @ParameterizedTest
    @EnumSource(value = MessageType.class, names = {"TEXT", "SYSTEM"})
    void textNeedsContent(MessageType type) {
        assertThatThrownBy(() -> MessageContent.requireContent("", type))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("content");
                });
        assertThatCode(() -> MessageContent.requireContent("hello", type)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = MessageType.class, names = {"IMAGE", "FILE", "VOICE", "VIDEO"})
    void mediaMayGoWithoutContent(MessageType type) {
        assertThatCode(() -> MessageContent.requireContent("", type)).doesNotThrowAnyException();
    }

    @Test
    void everyMediaTypeIsCovered() {
        assertThat(MessageType.values()).filteredOn(MessageType::isMedia)
                .containsExactlyInAnyOrder(MessageType.IMAGE, MessageType.FILE, MessageType.VOICE, MessageType.VIDEO);
    }
}
