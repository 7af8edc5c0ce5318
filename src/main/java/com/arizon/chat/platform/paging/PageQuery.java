package com.arizon.chat.platform.paging;

import com.arizon.chat.platform.api.ChatException;

/**
 * Which part of a history to read (messages, the audit log): a page counted from the newest
 * ({@code page}/{@code limit}), or a cursor ({@code before} or {@code after} an entry's id, with
 * {@code limit}).
 */
public record PageQuery(PageRequest page, String before, String after, int limit) {

    public static PageQuery parse(String page, String limit, String before, String after) {
        if (before != null && after != null) {
            throw ChatException.validation("before", "cannot be combined with after");
        }
        if (before != null || after != null) {
            if (page != null) {
                throw ChatException.validation("page", "cannot be combined with a cursor");
            }
            return new PageQuery(null, before, after, PageRequest.parseLimit(limit));
        }
        PageRequest request = PageRequest.parse(page, limit);
        return new PageQuery(request, null, null, request.limit());
    }

    public boolean isCursor() {
        return page == null;
    }
}
