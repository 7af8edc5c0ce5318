package com.arizon.chat.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each global role may do (contract section 3), and grants edited at run time. */
class PermissionMatrixIT {

    private static final String SUPPLIER_GRANTS = "/api/admin/roles/SUPPLIER/permissions";

    private final Api api = Api.of(ChatServer.shared());
    private final TestUser admin = TestUsers.create("ADMIN");

    @ParameterizedTest(name = "{0} creates GROUP: {1}, CHANNEL: {2}")
    @CsvSource({
        "CLIENT, 201, 403",
        "BUSINESS, 201, 201",
        "SUPPLIER, 201, 201",
        "SUPPORT, 201, 201",
        "ADMIN, 201, 201"})
    void roomCreationByRole(String role, int group, int channel) {
        TestUser user = TestUsers.create(role);
        assertThat(api.as(user).post("/api/chat/rooms", Map.of("name", "G", "type", "GROUP")).status()).isEqualTo(group);
        ApiResponse channelResponse = api.as(user).post("/api/chat/rooms", Map.of("name", "C", "type", "CHANNEL"));
        assertThat(channelResponse.status()).as("%s", channelResponse).isEqualTo(channel);
        if (channel == 403) {
            assertThat(channelResponse.errorCode()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void aTokenWithoutAKnownGroupActsAsClient() {
        TestUser nobody = TestUsers.create("INTERN");
        assertThat(api.as(nobody).post("/api/chat/rooms", Map.of("name", "G", "type", "GROUP")).status()).isEqualTo(201);
        assertThat(api.as(nobody).post("/api/chat/rooms", Map.of("name", "C", "type", "CHANNEL")).status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} may not read or edit grants")
    @CsvSource({"CLIENT", "BUSINESS", "SUPPLIER", "SUPPORT"})
    void onlyAdminsManageGrants(String role) {
        TestUser user = TestUsers.create(role);
        ApiResponse read = api.as(user).get(SUPPLIER_GRANTS);
        assertThat(read.status()).as("%s", read).isEqualTo(403);
        assertThat(read.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.as(user).put(SUPPLIER_GRANTS, Map.of("permissions", List.of("chats:read"))).status())
                .isEqualTo(403);
        assertThat(api.anonymous().get(SUPPLIER_GRANTS).errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void editedGrantsTakeEffectAtOnce() {
        assertThat(grants().data().toString()).isEqualTo(
                "{\"role\":\"SUPPLIER\",\"permissions\":[\"chats:create\",\"chats:read\",\"chats:update\"]}");
        TestUser supplier = TestUsers.create("SUPPLIER");

        ApiResponse narrowed = api.as(admin).put(SUPPLIER_GRANTS, Map.of("permissions", List.of("chats:read")));
        assertThat(narrowed.status()).as("%s", narrowed).isEqualTo(200);
        assertThat(narrowed.data().getJsonArray("permissions").getString(0)).isEqualTo("chats:read");

        ApiResponse refused = api.as(supplier).post("/api/chat/rooms", Map.of("name", "G", "type", "GROUP"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void grantEditsAreValidated() {
        ApiResponse unknownPermission = api.as(admin).put(SUPPLIER_GRANTS, Map.of("permissions", List.of("chats:fly")));
        assertThat(unknownPermission.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(api.as(admin).put(SUPPLIER_GRANTS, Map.of()).errorCode()).isEqualTo("VALIDATION_ERROR");
        ApiResponse unknownRole = api.as(admin).get("/api/admin/roles/WIZARD/permissions");
        assertThat(unknownRole.status()).isEqualTo(404);
        assertThat(unknownRole.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(grants().data().getJsonArray("permissions")).hasSize(3);
    }

    @AfterEach
    void restoreDefaultSupplierGrants() {
        api.as(admin).put(SUPPLIER_GRANTS, Map.of("permissions", List.of("chats:read", "chats:create", "chats:update")));
    }

    private ApiResponse grants() {
        ApiResponse response = api.as(admin).get(SUPPLIER_GRANTS);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response;
    }
}
