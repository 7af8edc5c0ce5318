package com.arizon.chat.it.support;

import java.util.List;
import java.util.UUID;

/**
 * Makes users that no other test knows: every call gets a fresh id and username, so tests share
 * one database without colliding and without cleaning up.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /**
     * A new user holding the given global roles (CLIENT, BUSINESS, SUPPLIER, SUPPORT, ADMIN), with a
     * token from {@link TestTokens#mint(TestUser)}. No roles means a token with an empty
     * {@code groups} claim.
     */
    public static TestUser create(String... groups) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestUser user = new TestUser(
                UUID.randomUUID().toString(),
                "it_" + suffix,
                "it_" + suffix + "@it.arizon.test",
                "Test",
                "User " + suffix,
                List.of(groups),
                null);
        return user.withToken(TestTokens.mint(user));
    }
}
