package com.arizon.chat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestTokens;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** REST calls need a token that the configured issuer signed, and nothing else will do. */
class AuthenticationIT {

    private static final String ROOMS = "/api/chat/rooms";

    private final Api api = Api.of(ChatServer.shared());

    @Test
    void requestWithoutTokenIsUnauthorized() {
        assertUnauthorized("no token", api.anonymous().get(ROOMS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void requestWithBadTokenIsUnauthorized(String variant, String token) {
        assertUnauthorized(variant + " token", api.withToken(token).get(ROOMS));
    }

    @Test
    void requestWithValidTokenSucceeds() {
        ApiResponse response = api.as(TestUsers.create("CLIENT")).get(ROOMS);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().getBoolean("success")).isTrue();
        assertThat(response.data().get("chatRooms"))
                .as("%s", response)
                .isNotNull()
                .extracting(JsonValue::getValueType)
                .isEqualTo(JsonValue.ValueType.ARRAY);
    }

    static Stream<Arguments> badTokens() {
        TestUser user = TestUsers.create("CLIENT");
        return Stream.of(
                arguments("expired", TestTokens.expired(user)),
                arguments("not yet valid (nbf in the future)", TestTokens.notYetValid(user)),
                arguments("wrong issuer", TestTokens.wrongIssuer(user)),
                arguments("signed by another key", TestTokens.signedByOtherKey(user)),
                arguments("alg none", TestTokens.unsigned(user)),
                arguments("HS256 with the public key as secret", TestTokens.hs256WithPublicKey(user)),
                arguments("missing jti", TestTokens.missingJti(user)),
                arguments("garbage", "not-a-jwt"));
    }

    private static void assertUnauthorized(String what, ApiResponse response) {
        assertThat(response.status()).as("%s: %s", what, response).isEqualTo(401);
        assertThat(response.json().getBoolean("success")).as("%s: %s", what, response).isFalse();
        assertThat(response.errorCode()).as("%s: %s", what, response).isEqualTo("UNAUTHORIZED");
    }
}
