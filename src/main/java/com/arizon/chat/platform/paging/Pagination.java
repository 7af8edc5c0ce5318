package com.arizon.chat.platform.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code pagination} in list replies; cursor replies carry no {@code page}. */
@JsonbPropertyOrder({"page", "limit", "hasMore"})
public record Pagination(@JsonbNillable(false) Integer page, int limit, boolean hasMore) {

    public static Pagination paged(PageRequest request, boolean hasMore) {
        return new Pagination(request.page(), request.limit(), hasMore);
    }

    public static Pagination cursor(int limit, boolean hasMore) {
        return new Pagination(null, limit, hasMore);
    }
}
