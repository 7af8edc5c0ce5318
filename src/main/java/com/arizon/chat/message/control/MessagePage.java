package com.arizon.chat.message.control;

import com.arizon.chat.platform.paging.Pagination;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Messages oldest first, with {@code pagination}. */
@JsonbPropertyOrder({"messages", "pagination"})
public record MessagePage(List<MessageView> messages, Pagination pagination) {
}
