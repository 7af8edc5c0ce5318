package com.arizon.chat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import org.junit.jupiter.api.Test;

class HealthIT {

    private final Api api = Api.of(ChatServer.shared());

    @Test
    void readinessIsUp() {
        ApiResponse response = api.get("/health/ready");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void livenessIsUp() {
        ApiResponse response = api.get("/health/live");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().getString("status")).isEqualTo("UP");
    }
}
