package com.arizon.chat.platform.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers of the OpenAPI document, declared once as {@code components/responses} (by
 * {@link OpenApiFilter}): each is the {@link ErrorResponse} envelope for one HTTP status
 * with the contract codes it can carry, one example per code. Operations name those they can give
 * with {@code @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)};
 * {@link OpenApiFilter} adds the ones every operation can give.
 */
public final class ErrorAnswers {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String MESSAGE_REFUSED = "MessageRefused";
    public static final String PARTICIPANTS_REFUSED = "ParticipantsRefused";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_PARTICIPANT = "NotParticipant";
    public static final String FORBIDDEN_OR_NOT_PARTICIPANT = "ForbiddenOrNotParticipant";
    public static final String NOT_FOUND = "NotFound";
    public static final String ROOM_NOT_FOUND = "RoomNotFound";
    public static final String MESSAGE_NOT_FOUND = "MessageNotFound";
    public static final String PARTICIPANT_NOT_FOUND = "ParticipantNotFound";
    public static final String ROOM_INACTIVE = "RoomInactive";
    public static final String JOIN_REFUSED = "JoinRefused";
    public static final String USER_EXISTS = "UserExists";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String RATE_LIMITED = "RateLimited";

    static final String RESPONSES = "#/components/responses/";

    private static final Example INVALID = new Example(ErrorCode.VALIDATION_ERROR, "limit: must be between 1 and 100",
            new FieldError("limit", "must be between 1 and 100"));
    private static final Example FORBIDDEN_ROLE = new Example(ErrorCode.FORBIDDEN, "You may not do this");
    private static final Example NOT_A_PARTICIPANT = new Example(ErrorCode.NOT_PARTICIPANT,
            "You are not a participant of this room");
    private static final Example NO_ROOM = new Example(ErrorCode.CHAT_ROOM_NOT_FOUND, "Chat room not found");
    private static final Example INACTIVE = new Example(ErrorCode.ROOM_INACTIVE, "This room is deactivated");

    private static final List<Answer> ANSWERS = List.of(
            new Answer(BAD_REQUEST, "Malformed input: body, path, query or token claims", INVALID),
            new Answer(MESSAGE_REFUSED, "Malformed input, or a well-formed message a rule refuses (muted sender,"
                    + " reply target elsewhere, blocked word, ...)", INVALID,
                    new Example(ErrorCode.MESSAGE_SEND_FAILED, "The reply target is not a message of this room")),
            new Answer(PARTICIPANTS_REFUSED, "Malformed input, or users that are unknown or do not fit the room",
                    INVALID, new Example(ErrorCode.INVALID_PARTICIPANTS, "Unknown users: 0197c1d2-unknown")),
            new Answer(UNAUTHORIZED, "Missing, malformed, expired or untrusted token; on login, also a wrong"
                    + " username or password", new Example(ErrorCode.UNAUTHORIZED, "Invalid token")),
            new Answer(FORBIDDEN, "The caller lacks the permission or room role", FORBIDDEN_ROLE),
            new Answer(NOT_PARTICIPANT, "The caller can see the room but has not joined it", NOT_A_PARTICIPANT),
            new Answer(FORBIDDEN_OR_NOT_PARTICIPANT, "The caller lacks the permission or room role, or has not"
                    + " joined the room", FORBIDDEN_ROLE, NOT_A_PARTICIPANT),
            new Answer(NOT_FOUND, "No such resource: an unknown role or audit entry, or register and login with an"
                    + " external issuer", new Example(ErrorCode.NOT_FOUND, "No such resource")),
            new Answer(ROOM_NOT_FOUND, "No such room, or a private room the caller may not see", NO_ROOM),
            new Answer(MESSAGE_NOT_FOUND, "No such room visible to the caller, or no such message in it", NO_ROOM,
                    new Example(ErrorCode.MESSAGE_NOT_FOUND, "No such message in this room")),
            new Answer(PARTICIPANT_NOT_FOUND, "No such room visible to the caller, or no such participant in it",
                    NO_ROOM, new Example(ErrorCode.NOT_FOUND, "No such participant in this room")),
            new Answer(ROOM_INACTIVE, "The room is deactivated: reads work, writes do not", INACTIVE),
            new Answer(JOIN_REFUSED, "The room is full, DIRECT, private or deactivated, or the caller is banned",
                    new Example(ErrorCode.JOIN_ROOM_FAILED, "The room is full"), INACTIVE),
            new Answer(USER_EXISTS, "The username or email is taken",
                    new Example(ErrorCode.USER_EXISTS, "That username or email is already registered")),
            new Answer(PAYLOAD_TOO_LARGE, "The body is over the limit (256 KiB by default)",
                    new Example(ErrorCode.VALIDATION_ERROR, "Request body too large: the limit is 262144 bytes")),
            new Answer(RATE_LIMITED, "Too many requests: wait as many seconds as Retry-After says",
                    new Example(ErrorCode.RATE_LIMITED, "Too many requests")));

    private ErrorAnswers() {
    }

    static void declareIn(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        ANSWERS.forEach(answer -> components.addResponse(answer.name(), answer.toResponse()));
        components.getResponses().get(RATE_LIMITED).addHeader("Retry-After", OASFactory.createHeader()
                .description("Whole seconds to wait before trying again")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
    }

    /** One code and the message an answer with it could carry, for the document's examples. */
    private record Example(ErrorCode code, String message, FieldError... details) {

        Object value() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code.name());
            error.put("message", message);
            if (details.length > 0) {
                error.put("details", Arrays.stream(details)
                        .map(detail -> Map.of("field", detail.field(), "message", detail.message()))
                        .toList());
            }
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("success", false);
            envelope.put("error", error);
            return envelope;
        }
    }

    private record Answer(String name, String description, Example... examples) {

        APIResponse toResponse() {
            MediaType json = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(OpenApiFilter.ERROR_SCHEMA));
            for (Example example : examples) {
                json.addExample(example.code().name(), OASFactory.createExample().value(example.value()));
            }
            return OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/json", json));
        }
    }
}
