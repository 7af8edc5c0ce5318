package com.arizon.chat.room.control;

import com.arizon.chat.room.entity.Ban;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A ban as the API shows it; {@code until} null means for good. */
@JsonbPropertyOrder({"userId", "reason", "until", "createdAt"})
public record BanView(String userId, String reason, Instant until, Instant createdAt) {

    public static BanView of(Ban ban) {
        return new BanView(ban.userId(), ban.reason(), ban.until(), ban.createdAt());
    }
}
