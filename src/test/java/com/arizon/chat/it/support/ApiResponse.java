package com.arizon.chat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.http.HttpResponse;

/**
 * One HTTP answer: status, headers and the raw body, parsed as JSON only when asked. Its
 * {@code toString()} names the request and shows the body, so it makes a useful assertion
 * description: {@code assertThat(r.status()).as("%s", r).isEqualTo(200)}.
 */
public final class ApiResponse {

    private static final int DESCRIBED_BODY_LIMIT = 2_000;

    private final HttpResponse<String> response;
    private JsonObject json;

    ApiResponse(HttpResponse<String> response) {
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    /** The first value of the header, or null when absent. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    public String body() {
        return response.body();
    }

    /** The body as a JSON object; fails the test, showing the body, when it is not one. */
    public JsonObject json() {
        if (json == null) {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                json = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw new AssertionError("Body is not a JSON object: " + this, e);
            }
        }
        return json;
    }

    /** The envelope's {@code data} object, or null when the reply has none. */
    public JsonObject data() {
        return json().getJsonObject("data");
    }

    /** The envelope's {@code error.code}, or null when the reply carries no error object. */
    public String errorCode() {
        JsonValue error = json().get("error");
        if (error == null || error.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        return error.asJsonObject().getString("code", null);
    }

    @Override
    public String toString() {
        String body = body();
        if (body.length() > DESCRIBED_BODY_LIMIT) {
            body = body.substring(0, DESCRIBED_BODY_LIMIT) + "...";
        }
        return response.request().method() + " " + response.uri() + " -> " + status() + " " + body;
    }
}
