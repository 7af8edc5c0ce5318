package com.arizon.chat.it.support;

import java.util.List;

/** A user as the tests' token issuer describes it; {@code token} is a valid bearer token for it. */
public record TestUser(String id, String username, String email, String firstName, String lastName,
                       List<String> groups, String token) {

    public TestUser {
        groups = List.copyOf(groups);
    }

    public TestUser withToken(String newToken) {
        return new TestUser(id, username, email, firstName, lastName, groups, newToken);
    }
}
