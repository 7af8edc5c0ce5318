package com.arizon.chat.platform.paging;

import com.arizon.chat.platform.api.ChatException;

/**
 * {@code page}/{@code limit} from a query string: page from 1, limit 1..100 (default 50). Anything
 * else is a {@code VALIDATION_ERROR}, never silently clamped.
 */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public static PageRequest parse(String page, String limit) {
        return new PageRequest(parseBounded("page", page, 1, 1, Integer.MAX_VALUE),
                parseLimit(limit));
    }

    public static int parseLimit(String limit) {
        return parseBounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    public int offset() {
        return (page - 1) * limit;
    }

    private static int parseBounded(String name, String text, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ChatException.validation(name, "must be a whole number");
        }
        if (value < min || value > max) {
            throw ChatException.validation(name, "must be between " + min + " and " + max);
        }
        return value;
    }
}
