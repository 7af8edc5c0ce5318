package com.arizon.chat.message.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.PageRequest;

/**
 * Which messages to read: a page counted from the newest ({@code page}/{@code limit}), or a cursor
 * ({@code before} or {@code after} a message id, with {@code limit}).
 */
public record MessageQuery(PageRequest page, String before, String after, int limit) {

    public static MessageQuery parse(String page, String limit, String before, String after) {
        if (before != null && after != null) {
            throw ChatException.validation("before", "cannot be combined with after");
        }
        if (before != null || after != null) {
            if (page != null) {
                throw ChatException.validation("page", "cannot be combined with a cursor");
            }
            return new MessageQuery(null, before, after, PageRequest.parseLimit(limit));
        }
        PageRequest request = PageRequest.parse(page, limit);
        return new MessageQuery(request, null, null, request.limit());
    }

    public boolean isCursor() {
        return page == null;
    }
}
