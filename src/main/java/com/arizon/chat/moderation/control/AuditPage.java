package com.arizon.chat.moderation.control;

import com.arizon.chat.platform.paging.Pagination;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Audit entries, newest first, with {@code pagination}. */
@JsonbPropertyOrder({"entries", "pagination"})
public record AuditPage(List<AuditEntryView> entries, Pagination pagination) {
}
