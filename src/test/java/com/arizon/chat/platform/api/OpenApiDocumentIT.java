package com.arizon.chat.platform.api;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The client is generated at build time from {@code src/test/resources/openapi/arizon-chat.json};
 * this test keeps that file equal (as JSON, whatever the key order) to what the server serves at
 * {@code /openapi}, and checks the document says what a client needs.
 */
class OpenApiDocumentIT {

    static final String COMMITTED = "/openapi/arizon-chat.json";
    private static final Path SERVED_COPY = Path.of("target", "openapi", "arizon-chat.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Api api = Api.of(ChatServer.shared());

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        JsonObject served = served();
        JsonObject committed = committed();

        if (!served.equals(committed)) {
            StringWriter text = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(text)) {
                writer.write(sorted(served));
            }
            Files.createDirectories(SERVED_COPY.getParent());
            Files.writeString(SERVED_COPY, text.toString().strip() + "\n", StandardCharsets.UTF_8);
            fail("/openapi differs from src/test/resources" + COMMITTED + ", from which the client is generated."
                    + " If the change is meant, copy " + SERVED_COPY.toAbsolutePath() + " over it.");
        }
    }

    @Test
    void everyOperationNamesItsSuccessBodyAndTheErrorEnvelope() {
        JsonObject document = served();
        Set<String> schemas = document.getJsonObject("components").getJsonObject("schemas").keySet();
        Set<String> operationIds = new HashSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            JsonObject operation = value.asJsonObject();
            assertThat(operationIds.add(operation.getString("operationId", ""))).as("unique operationId: %s", where)
                    .isTrue();
            JsonObject responses = operation.getJsonObject("responses");
            assertThat(schemaRef(responses.getJsonObject("default"))).as("error envelope: %s", where)
                    .isEqualTo("#/components/schemas/ErrorResponse");
            List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            assertThat(successes).as("success responses: %s", where).isNotEmpty();
            successes.forEach(code -> assertThat(schemaRef(responses.getJsonObject(code)))
                    .as("%s %s", where, code)
                    .startsWith("#/components/schemas/")
                    .satisfies(ref -> assertThat(schemas).contains(ref.substring(ref.lastIndexOf('/') + 1))));
        }));
        assertThat(operationIds).contains("createRoom", "sendMessage", "addReaction", "listMessages", "banUser",
                "readAuditLog");
    }

    @Test
    void enumsTimesAndTheBearerSchemeAreDescribed() {
        JsonObject document = served();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");

        assertThat(strings(schemas.getJsonObject("ErrorCode"), "enum")).contains("CHAT_ROOM_NOT_FOUND",
                "ROOM_INACTIVE", "VALIDATION_ERROR", "RATE_LIMITED");
        assertThat(strings(schemas.getJsonObject("RoomType"), "enum")).containsExactly("DIRECT", "GROUP", "CHANNEL",
                "SUPPORT");
        assertThat(schemas.getJsonObject("Instant").getString("format")).isEqualTo("date-time");
        JsonObject bearer = document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer");
        assertThat(bearer.getString("type")).isEqualTo("http");
        assertThat(bearer.getString("scheme")).isEqualTo("bearer");
        assertThat(document.containsKey("endpoints")).as("Payara's non-OpenAPI endpoints map").isFalse();
    }

    private JsonObject served() {
        ApiResponse response = api.get("/openapi");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    static JsonObject committed() {
        try (InputStream in = OpenApiDocumentIT.class.getResourceAsStream(COMMITTED);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String schemaRef(JsonObject response) {
        assertThat(response).isNotNull();
        return response.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema")
                .getString("$ref");
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The same JSON with object keys in order, so the written copy diffs well against the committed file. */
    private static JsonValue sorted(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                new TreeMap<>(value.asJsonObject()).forEach((key, item) -> object.add(key, sorted(item)));
                return object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(sorted(item)));
                return array.build();
            }
            default -> {
                return value;
            }
        }
    }
}
