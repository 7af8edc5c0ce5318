package com.arizon.chat.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What every transport answers for a failure: {@link ChatException#from}, however it is wrapped. */
class ChatExceptionFromTest {

    @Test
    void aRefusalKeepsItsCodeAndMessageThroughWrappers() {
        ChatException refusal = new ChatException(ErrorCode.ROOM_INACTIVE, "This room is deactivated");

        assertThat(ChatException.from(new CompletionException(new IllegalStateException(refusal))))
                .isSameAs(refusal);
    }

    @Test
    void anUnreadableFieldIsAValidationErrorNamingIt() {
        ChatException error = ChatException.from(new CompletionException(new JsonbException(
                "Unable to deserialize property 'attachments' because of: Unable to deserialize property 'files'"
                        + " because of: expected a string")));

        assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(error.getMessage()).isEqualTo("attachments.files: has the wrong type or format");
        assertThat(error.details()).containsExactly(new FieldError("attachments.files", "has the wrong type or format"));
    }

    @Test
    void aBodyOverTheLimitSaysSo() {
        ChatException error = ChatException.from(new UncheckedIOException(new PayloadTooLargeException(10)));

        assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(error.getMessage()).isEqualTo("Request body too large");
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutInternals() {
        ChatException error = ChatException.from(new IllegalStateException("connection pool exhausted"));

        assertThat(error.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(error.getMessage()).startsWith("Unexpected error; reference ").doesNotContain("pool");
    }
}
