package com.arizon.chat.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestTokens;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code GET /api/users?username=}: a prefix search for picking people to invite. */
class UserSearchIT {

    private final Api api = Api.of(ChatServer.shared());

    @Test
    void findsUsersByUsernamePrefixIgnoringCaseShortestFirst() {
        String prefix = uniquePrefix();
        TestUser longer = signedIn(prefix + "_annabel");
        TestUser exact = signedIn(prefix + "_ann");
        signedIn("other_" + prefix);

        ApiResponse response = api.as(TestUsers.create("CLIENT")).get("/api/users?username=" + prefix.toUpperCase() + "_ANN");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(usernames(response)).containsExactly(exact.username(), longer.username());
        JsonObject first = response.data().getJsonArray("users").getJsonObject(0);
        assertThat(first.getString("id")).isEqualTo(exact.id());
        assertThat(first.getString("firstName")).isEqualTo(exact.firstName());
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "username", "firstName", "lastName", "avatar");
    }

    @Test
    void underscoreAndPercentMatchOnlyThemselves() {
        String prefix = uniquePrefix();
        TestUser withUnderscore = signedIn(prefix + "_x");
        signedIn(prefix + "ax");

        assertThat(usernames(search(prefix + "_"))).containsExactly(withUnderscore.username());
        assertThat(usernames(search(prefix + "%"))).isEmpty();
    }

    @Test
    void answersAtMostTwentyUsers() {
        String prefix = uniquePrefix();
        IntStream.range(0, 21).forEach(i -> signedIn(prefix + "_" + (char) ('a' + i)));

        ApiResponse response = search(prefix);

        assertThat(usernames(response)).hasSize(20).doesNotContain(prefix + "_u");
    }

    @Test
    void missingBlankOrOverlongPrefixIsValidationError() {
        for (String query : List.of("", "?username=", "?username=%20%20", "?username=" + "a".repeat(101))) {
            ApiResponse response = api.as(TestUsers.create("CLIENT")).get("/api/users" + query);
            assertThat(response.status()).as("%s: %s", query, response).isEqualTo(400);
            assertThat(response.errorCode()).as("%s", query).isEqualTo("VALIDATION_ERROR");
        }
    }

    @Test
    void needsAToken() {
        ApiResponse response = api.anonymous().get("/api/users?username=it_");

        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
    }

    private ApiResponse search(String prefix) {
        ApiResponse response = api.as(TestUsers.create("CLIENT"))
                .get("/api/users?username=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response;
    }

    /** A user with this username, known to the server after one authenticated request. */
    private TestUser signedIn(String username) {
        TestUser draft = new TestUser(UUID.randomUUID().toString(), username, username + "@it.arizon.test",
                "First " + username, "Last", List.of("CLIENT"), null);
        TestUser user = draft.withToken(TestTokens.mint(draft));
        assertThat(api.as(user).get("/api/chat/rooms").status()).isEqualTo(200);
        return user;
    }

    private static String uniquePrefix() {
        return "us" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<String> usernames(ApiResponse response) {
        return response.data().getJsonArray("users").getValuesAs(JsonValue::asJsonObject).stream()
                .map(user -> user.getString("username"))
                .toList();
    }
}
