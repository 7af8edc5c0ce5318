package com.arizon.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WAR serves the web client at / and its assets beside it, while unknown paths keep the JSON 404. */
class WebClientIT {

    private final Api api = Api.of(ChatServer.shared());

    @Test
    void rootServesTheClientPage() {
        ApiResponse response = api.get("/");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("<div id=\"app\"", "js/app.js", "css/app.css", "Content-Security-Policy");
    }

    @Test
    void scriptsAndStylesAreServedWithTheirTypes() {
        ApiResponse script = api.get("/js/app.js");
        ApiResponse style = api.get("/css/app.css");

        assertThat(script.status()).as("%s", script).isEqualTo(200);
        assertThat(script.header("Content-Type")).contains("javascript");
        assertThat(style.status()).as("%s", style).isEqualTo(200);
        assertThat(style.header("Content-Type")).startsWith("text/css");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/js/no-such-module.js", "/WEB-INF/web.xml", "/api/no-such-resource"})
    void unknownPathsAnswerTheJsonNotFoundEnvelope(String path) {
        ApiResponse response = api.withHeader("Accept", "text/html").get(path);

        assertThat(response.status()).as("%s", response).isEqualTo(404);
        assertThat(response.json().getBoolean("success")).isFalse();
        assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
    }
}
