package com.arizon.chat.security.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** {@code {token, expiresAt, user}}. */
@JsonbPropertyOrder({"token", "expiresAt", "user"})
public record LoginResult(String token, Instant expiresAt, AccountView user) {
}
