package com.arizon.chat.message.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A message's content as it was until the edit at {@code editedAt} replaced it. */
@JsonbPropertyOrder({"content", "editedAt"})
public record MessageVersion(String content, Instant editedAt) {
}
