package com.arizon.chat.security;

import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.TestTokens;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validly signed tokens whose claims cannot become a user row: refused naming the claim, on REST and
 * on {@code /ws/chat}, never a 500; display names that are too long are stored cut.
 */
class TokenClaimsIT {

    private static final String ROOMS = "/api/chat/rooms";
    private static final String FACE = "\uD83D\uDE00";

    private final Api api = Api.of(server());

    static Stream<Arguments> refusedClaims() {
        return Stream.of(
                arguments("upn", "1,000 characters", claim("upn", "u".repeat(1000))),
                arguments("preferred_username", "1,000 characters, no upn", (UnaryOperator<JWTClaimsSet.Builder>)
                        claims -> claims.claim("upn", null).claim("preferred_username", "p".repeat(1000))),
                arguments("sub", "129 characters", (UnaryOperator<JWTClaimsSet.Builder>)
                        claims -> claims.subject("s".repeat(129))),
                arguments("email", "321 characters", claim("email", "e".repeat(309) + "@example.test")),
                arguments("upn", "an escape sequence", claim("upn", "it_\u001B[2Jadmin")),
                arguments("email", "a right-to-left override", claim("email", "moc.elpmaxe\u202E@it.arizon.test")),
                arguments("given_name", "a line break", claim("given_name", "Eve\nAdmin")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedClaims")
    void restRefusesTheTokenNamingTheClaim(String claim, String what, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        ApiResponse response = api.withToken(TestTokens.mint(TestUsers.create("CLIENT"), adjust)).get(ROOMS);

        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.errorCode()).as("%s", response).isEqualTo("UNAUTHORIZED");
        assertThat(errorMessage(response)).as("%s", response).contains("claim " + claim);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedClaims")
    void nativeHandshakeRefusesTheTokenNamingTheClaim(String claim, String what,
            UnaryOperator<JWTClaimsSet.Builder> adjust) {
        String token = TestTokens.mint(TestUsers.create("CLIENT"), adjust);
        try (ChatSocket socket = ChatSocket.connectWithToken(server(), token)) {
            assertThat(socket.awaitEvent("authentication_error").getString("message")).contains("claim " + claim);
            assertThat(socket.awaitClose().code()).isEqualTo(1008);
            assertThat(socket.events("authenticated")).isEmpty();
        }
    }

    @Test
    void authenticateEventRefusesTheTokenAndTheConnectionMayTryAgain() {
        TestUser alice = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.connectAnonymous(server())) {
            socket.emit("authenticate", Map.of("token", TestTokens.mint(alice, claim("upn", "u".repeat(101)))));
            assertThat(socket.awaitEvent("authentication_error").getString("message"))
                    .isEqualTo("Token claim upn is longer than 100 characters");

            socket.emit("authenticate", Map.of("token", alice.token()));
            assertThat(socket.awaitEvent("authenticated").getString("userId")).isEqualTo(alice.id());
        }
    }

    @Test
    void nulInAClaimIsAValidationErrorNamingIt() {
        TestUser user = TestUsers.create("CLIENT");
        ApiResponse response = api.withToken(TestTokens.mint(user, claim("upn", "nul\u0000inside"))).get(ROOMS);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.json().getJsonObject("error").getJsonArray("details").getJsonObject(0).getString("field"))
                .isEqualTo("upn");
        try (ChatSocket socket = ChatSocket.connectWithToken(server(),
                TestTokens.mint(user, claim("upn", "nul\u0000inside")))) {
            assertThat(socket.awaitEvent("authentication_error").getString("message")).startsWith("upn:");
            assertThat(socket.awaitClose().code()).isEqualTo(1008);
        }
    }

    @Test
    void identifiersThatFillTheirColumnsAreAccepted() {
        TestUser base = TestUsers.create("CLIENT");
        String subject = (base.id() + "-").repeat(4).substring(0, 128);
        String username = base.username() + FACE.repeat(100 - base.username().length());
        String email = "e".repeat(320 - base.email().length()) + base.email();
        TestUser full = new TestUser(subject, username, email, "Full", "Columns", base.groups(), null);
        full = full.withToken(TestTokens.mint(full));

        assertThat(api.as(full).get(ROOMS).status()).isEqualTo(200);
        JsonObject found = search(full, base.username()).getJsonArray("users").getJsonObject(0);
        assertThat(found.getString("id")).isEqualTo(subject);
        assertThat(found.getString("username")).isEqualTo(username);
    }

    @Test
    void longDisplayNamesAreStoredCutToTheirColumn() {
        TestUser user = TestUsers.create("CLIENT");
        String token = TestTokens.mint(user, claims -> claims
                .claim("given_name", "Ä" + FACE.repeat(150))
                .claim("family_name", "L".repeat(1000)));

        ApiResponse rooms = api.withToken(token).get(ROOMS);

        assertThat(rooms.status()).as("%s", rooms).isEqualTo(200);
        JsonObject found = search(user.withToken(token), user.username()).getJsonArray("users").getJsonObject(0);
        assertThat(found.getString("firstName")).isEqualTo("Ä" + FACE.repeat(99));
        assertThat(found.getString("lastName")).isEqualTo("L".repeat(100));
    }

    @Test
    void anOverLongPictureIsLeftOutAndUnknownGroupsAreIgnored() {
        TestUser user = TestUsers.create("CLIENT");
        String token = TestTokens.mint(user, claims -> claims
                .claim("picture", "https://it.arizon.test/" + "p".repeat(3000))
                .claim("groups", List.of("CLIENT", "G".repeat(1000))));

        assertThat(api.withToken(token).get(ROOMS).status()).isEqualTo(200);
        JsonObject found = search(user.withToken(token), user.username()).getJsonArray("users").getJsonObject(0);
        assertThat(found.isNull("avatar")).isTrue();
    }

    private JsonObject search(TestUser asUser, String usernamePrefix) {
        ApiResponse response = api.as(asUser).get("/api/users?username="
                + URLEncoder.encode(usernamePrefix, StandardCharsets.UTF_8));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.data();
    }

    private static String errorMessage(ApiResponse response) {
        return response.json().getJsonObject("error").getString("message");
    }

    private static UnaryOperator<JWTClaimsSet.Builder> claim(String name, String value) {
        return claims -> claims.claim(name, value);
    }
}
