package com.arizon.chat.message.boundary;

import com.arizon.chat.message.control.MessagePage;
import com.arizon.chat.message.control.MessageVersion;
import com.arizon.chat.message.control.MessageView;
import com.arizon.chat.message.control.ReactionGroup;
import com.arizon.chat.message.control.ReadReceipts;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code data} of the message endpoints, and, for the OpenAPI document only, the envelope around
 * each ({@code ApiResponse} is generic, which the document cannot express).
 */
public final class MessageReplies {

    private MessageReplies() {
    }

    public record MessageData(MessageView message) {
    }

    public record HistoryData(List<MessageVersion> history) {
    }

    public record ReactionsData(List<ReactionGroup> reactions) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record MessagePageReply(boolean success, MessagePage data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record MessageReply(boolean success, MessageData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record HistoryReply(boolean success, HistoryData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record ReactionsReply(boolean success, ReactionsData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record ReadMarkerReply(boolean success, ReadReceipts.ReadMarker data, String message) {
    }
}
