package com.arizon.chat.message.control;

import java.util.List;

/** A message's reactions changed (committed); pushed as {@code reaction_updated {roomId, messageId, reactions}}. */
public record ReactionsChanged(String roomId, String messageId, List<ReactionGroup> reactions) {
}
