package com.arizon.chat.message.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** All reactions with one emoji on one message: {@code {emoji, count, users}}. */
@JsonbPropertyOrder({"emoji", "count", "users"})
public record ReactionGroup(String emoji, int count, List<String> users) {
}
