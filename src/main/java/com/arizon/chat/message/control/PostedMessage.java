package com.arizon.chat.message.control;

/** The message a send produced, and whether it is new (201) or a replay of a retried send (200). */
public record PostedMessage(MessageView message, boolean created) {
}
