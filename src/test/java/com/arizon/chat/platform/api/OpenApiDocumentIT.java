package com.arizon.chat.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client is generated at build time from {@code src/test/resources/openapi/arizon-chat.json};
 * this test keeps that file equal (as JSON, whatever the key order) to what the server serves at
 * {@code /openapi}, checks the document says what a client needs, and lints it with Redocly's
 * recommended rules ({@code src/test/js/openapi}, whose packages scripts/test.sh installs).
 */
class OpenApiDocumentIT {

    static final String COMMITTED = "/openapi/arizon-chat.json";
    private static final Path SERVED_COPY = Path.of("target", "openapi", "arizon-chat.json");
    private static final Path LINT = Path.of("src", "test", "js", "openapi");
    private static final Path REDOCLY = LINT.resolve(Path.of("node_modules", ".bin", "redocly"));
    private static final long LINT_TIMEOUT_SECONDS = 120;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Api api = Api.of(ChatServer.shared());

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        JsonObject served = served();
        JsonObject committed = committed();

        if (!served.equals(committed)) {
            writeServedCopy(served);
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
    void everyErrorAnswerCarriesCodesOfItsStatusWithAnExampleEach() {
        JsonObject document = served();
        JsonObject answers = document.getJsonObject("components").getJsonObject("responses");
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject responses = value.asJsonObject().getJsonObject("responses");
            assertThat(responses.keySet()).as("%s %s", method, path).contains("400", "401", "429");
            responses.forEach((status, response) -> {
                if (!status.startsWith("4")) {
                    return;
                }
                String ref = response.asJsonObject().getString("$ref");
                JsonObject answer = answers.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                assertThat(answer).as("%s %s %s: %s", method, path, status, ref).isNotNull();
                List<String> codes = codesOf(answer);
                if (status.equals("413")) {
                    assertThat(codes).as("contract 8.10: %s %s", method, path).containsExactly("VALIDATION_ERROR");
                    return;
                }
                assertThat(codes).as("%s %s %s", method, path, status).isNotEmpty()
                        .allSatisfy(code -> assertThat(ErrorCode.valueOf(code).httpStatus())
                                .isEqualTo(Integer.parseInt(status)));
            });
        }));
        assertThat(codesOf(answers.getJsonObject("MessageRefused")))
                .containsExactlyInAnyOrder("VALIDATION_ERROR", "MESSAGE_SEND_FAILED");
        assertThat(answers.getJsonObject("RateLimited").getJsonObject("headers").keySet()).contains("Retry-After");
    }

    @Test
    void theServedDocumentPassesRedoclysRecommendedLint() throws IOException, InterruptedException {
        assertThat(REDOCLY).as("the lint's packages; run: npm ci --prefix %s (scripts/test.sh does)", LINT)
                .exists();
        Path document = writeServedCopy(served()).toAbsolutePath();
        Path report = document.resolveSibling("redocly-lint.json");
        Path log = document.resolveSibling("redocly-lint.log");
        ProcessBuilder lint = new ProcessBuilder(REDOCLY.toAbsolutePath().toString(), "lint",
                "--config", LINT.resolve("redocly.yaml").toAbsolutePath().toString(), "--extends", "recommended",
                "--format", "json", document.toString())
                .redirectOutput(report.toFile())
                .redirectError(log.toFile());
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("NO_COLOR", "1");
        Process process = lint.start();
        if (!process.waitFor(LINT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("redocly lint did not finish within " + LINT_TIMEOUT_SECONDS + " s; its log: "
                    + Files.readString(log));
        }

        assertThat(process.exitValue()).as("redocly lint exit code; its log:%n%s%s", Files.readString(log),
                Files.readString(report)).isZero();
        JsonObject result;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(report))) {
            result = reader.readObject();
        }
        List<String> problems = result.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(problem -> problem.getString("severity") + " " + problem.getString("ruleId") + " at "
                        + problem.getJsonArray("location").getJsonObject(0).getString("pointer") + ": "
                        + problem.getString("message"))
                .toList();
        assertThat(problems).as("redocly lint --extends recommended %s", document).isEmpty();
    }

    @Test
    void everyOperationButRegisterAndLoginRequiresTheBearerToken() {
        JsonObject document = served();
        assertThat(document.containsKey("security")).as("a requirement at the root would cover register and login")
                .isFalse();
        Map<String, JsonValue> security = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (METHODS.contains(method)) {
                security.put(method.toUpperCase() + " " + path,
                        value.asJsonObject().getOrDefault("security", JsonValue.NULL));
            }
        }));
        JsonValue bearerOnly = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("bearer", JsonValue.EMPTY_JSON_ARRAY)).build();

        assertThat(security).hasSizeGreaterThan(20)
                .containsEntry("POST /api/auth/register", JsonValue.NULL)
                .containsEntry("POST /api/auth/login", JsonValue.NULL);
        security.forEach((operation, requirement) -> {
            if (!operation.startsWith("POST /api/auth/")) {
                assertThat(requirement).as(operation).isEqualTo(bearerOnly);
            }
        });
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

    /** The served document with its keys in order, so it diffs well against the committed file. */
    private static Path writeServedCopy(JsonObject served) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.write(sorted(served));
        }
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, text.toString().strip() + "\n", StandardCharsets.UTF_8);
        return SERVED_COPY;
    }

    private static List<String> codesOf(JsonObject answer) {
        return answer.getJsonObject("content").getJsonObject("application/json").getJsonObject("examples").values()
                .stream()
                .map(example -> example.asJsonObject().getJsonObject("value").getJsonObject("error").getString("code"))
                .toList();
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

    /** The same JSON with object keys in order. */
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
