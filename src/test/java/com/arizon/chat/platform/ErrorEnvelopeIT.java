package com.arizon.chat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every failure answers in the envelope with the contract's code; none is a 500 or a stack trace. */
class ErrorEnvelopeIT {

    private final ChatServer server = ChatServer.shared();
    private final Api api = Api.of(server);
    private final TestUser user = TestUsers.create("CLIENT");

    @Test
    void unknownRoutesAndMethods() {
        assertError(api.as(user).get("/api/no/such/route"), 404, "NOT_FOUND");
        assertError(api.anonymous().get("/no-such-page.html"), 404, "NOT_FOUND");
        ApiResponse wrongMethod = api.as(user).put("/api/chat/rooms", Map.of());
        assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void malformedAndMistypedBodies() {
        assertError(api.as(user).post("/api/chat/rooms", "{\"name\": "), 400, "VALIDATION_ERROR");
        assertError(api.as(user).post("/api/chat/rooms", "[1, 2]"), 400, "VALIDATION_ERROR");
        assertError(api.as(user).post("/api/chat/rooms", "not json at all"), 400, "VALIDATION_ERROR");
        assertError(api.as(user).post("/api/chat/rooms", "{\"name\": \"n\", \"type\": \"GROUP\"}{}"),
                400, "VALIDATION_ERROR");
        assertError(api.as(user).post("/api/chat/rooms", "{\"name\": \"n\", \"type\": \"GROUP\"} x"),
                400, "VALIDATION_ERROR");
        assertError(api.as(user).post("/api/chat/rooms"), 400, "VALIDATION_ERROR");
        ApiResponse mistyped = api.as(user).post("/api/chat/rooms", Map.of("name", "n", "type", "GROUP", "maxMembers", "many"));
        assertError(mistyped, 400, "VALIDATION_ERROR");
        assertThat(mistyped.json().getJsonObject("error").getJsonArray("details").getJsonObject(0).getString("field"))
                .isEqualTo("maxMembers");
        assertError(api.as(user).post("/api/chat/rooms", Map.of("name", "n", "type", "GROUP", "isPrivate", "yes")),
                400, "VALIDATION_ERROR");
    }

    @Test
    void oversizedBodiesAre413() {
        String huge = "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}";
        assertError(api.as(user).post("/api/chat/rooms", huge), 413, "VALIDATION_ERROR");
    }

    @Test
    void nulCharactersAndBrokenSurrogatesInParametersAreRefused() {
        assertError(api.as(user).get("/api/chat/rooms?scope=a%00b"), 400, "VALIDATION_ERROR");
        ApiResponse refusedByHttpLayer = api.as(user).get("/api/chat/rooms/a%00b");
        assertThat(refusedByHttpLayer.status()).as("contract 8.22: %s", refusedByHttpLayer).isEqualTo(400);
        assertThat(refusedByHttpLayer.body()).doesNotContain("Exception");
    }

    @Test
    void restRequestsAreRateLimitedPerUser() throws Exception {
        TestUser hasty = TestUsers.create("CLIENT");
        Queue<ApiResponse> limited = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> bursts = new ArrayList<>();
            for (int thread = 0; thread < 16; thread++) {
                bursts.add(pool.submit(() -> {
                    for (int i = 0; i < 100 && limited.isEmpty(); i++) {
                        ApiResponse response = api.as(hasty).get("/api/health-of-nothing");
                        if (response.status() == 429) {
                            limited.add(response);
                        }
                    }
                }));
            }
            for (Future<?> burst : bursts) {
                burst.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(limited).as("16 parallel bursts should cross 100 requests/s").isNotEmpty();
        assertError(limited.peek(), 429, "RATE_LIMITED");
        assertThat(Long.parseLong(limited.peek().header("Retry-After"))).isPositive();
        assertThat(api.as(user).get("/api/chat/rooms").status()).as("other users are unaffected").isEqualTo(200);
    }

    @Test
    void externalIssuerModeHasNoBuiltInAuthEndpoints() {
        assertError(api.anonymous().post("/api/auth/login", Map.of("username", "a", "password", "b")), 404, "NOT_FOUND");
        assertError(api.anonymous().post("/api/auth/register", Map.of()), 404, "NOT_FOUND");
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().getBoolean("success")).as("%s", response).isFalse();
        assertThat(response.errorCode()).as("%s", response).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
