package com.arizon.chat.platform.corpus;

import com.arizon.chat.it.support.JsonText;
import com.arizon.chat.platform.corpus.BadValues.Expect;
import com.arizon.chat.platform.corpus.BadValues.Field;
import com.arizon.chat.platform.corpus.BadValues.Kind;
import com.arizon.chat.platform.corpus.BadValues.Odd;
import com.arizon.chat.platform.corpus.BadValues.Variant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The corpus: the generators of {@link BadValues} combined with the operations of REST and of the
 * real-time events, in batches by operation.
 */
final class Corpus {

    private static final String ROOMS = "/api/chat/rooms/";
    /** Longer paths and queries are refused by the HTTP layer before the application (README, "Errors"). */
    private static final int URL_VALUE_LIMIT = 8_000;

    static final List<Field> SEND_MESSAGE = List.of(
            Field.required("content", Kind.CONTENT, 4_000),
            Field.optional("type", Kind.ENUM),
            Field.optional("replyToId", Kind.ID),
            Field.optional("attachments", Kind.ATTACHMENTS),
            Field.optional("clientMessageId", Kind.TEXT, 64));

    private Corpus() {
    }

    /** What the cases aim at: a room the offenders and innocents share, and things they cannot reach. */
    record Ids(String roomId, String messageId, String memberId, String foreignRoomId, String foreignMessageId) {
    }

    /** Cases of one operation, after which the innocents must still chat. */
    record Batch<T>(String name, List<T> cases) {
    }

    /** A REST request: body is JSON text, or null for none. */
    record RestCase(String label, String method, String path, String body, Expect expect) {
        @Override
        public String toString() {
            return label + " (" + method + " " + shorten(path) + ")";
        }
    }

    /**
     * A real-time frame as the native endpoint and Socket.IO take it (null where a transport has no
     * such frame), and the event a refusal must come as. An {@code unparseable} frame nests deeper
     * than the server parses: natively a malformed frame ({@code error}, the connection stays), on
     * Socket.IO a packet it cannot decode, which ends that connection as the protocol does.
     */
    record FrameCase(String label, String nativeText, String socketIoText, String errorEvent, Expect expect,
                     boolean unparseable) {
        @Override
        public String toString() {
            return label;
        }
    }

    // --- REST ---

    static List<Batch<RestCase>> rest(Ids ids) {
        String room = ROOMS + ids.roomId();
        String message = room + "/messages/" + ids.messageId();
        return List.of(
                body("create room", "POST", "/api/chat/rooms", Map.of("name", str("corpus"), "type", str("GROUP")),
                        List.of(Field.optional("name", Kind.PLAIN, 100), Field.required("type", Kind.ENUM),
                                Field.optional("isPrivate", Kind.BOOL), Field.optional("participantIds", Kind.ID_LIST)),
                        true),
                body("update room", "PATCH", room, Map.of("description", str("corpus")),
                        List.of(Field.optional("description", Kind.PLAIN, 1_000), Field.optional("maxMembers", Kind.INT),
                                Field.optional("isActive", Kind.BOOL)), false),
                body("send message", "POST", room + "/messages", Map.of("content", str("corpus"), "type", str("TEXT")),
                        SEND_MESSAGE, true),
                body("edit message", "PATCH", message, Map.of("content", str("edited")),
                        List.of(Field.required("content", Kind.CONTENT, 4_000)), false),
                body("mark read", "POST", room + "/read", Map.of(), List.of(Field.optional("messageId", Kind.ID)), true),
                body("add participants", "POST", room + "/participants",
                        Map.of("userIds", JsonText.array(List.of(str(ids.memberId())))),
                        List.of(Field.required("userIds", Kind.ID_LIST), Field.optional("role", Kind.ENUM)), false),
                body("change participant", "PATCH", room + "/participants/" + ids.memberId(), Map.of("role", str("MEMBER")),
                        List.of(Field.optional("role", Kind.ENUM), Field.optional("mutedUntil", Kind.TIME)), false),
                badPathIds("room ids in paths", ids.foreignRoomId(), "CHAT_ROOM_NOT_FOUND", List.of(
                        new PathOp("GET", ROOMS + "{id}", null), new PathOp("POST", ROOMS + "{id}", null),
                        new PathOp("DELETE", ROOMS + "{id}", null),
                        new PathOp("PATCH", ROOMS + "{id}", "{\"description\": \"x\"}"),
                        new PathOp("GET", ROOMS + "{id}/messages", null),
                        new PathOp("POST", ROOMS + "{id}/messages", "{\"content\": \"x\"}"),
                        new PathOp("POST", ROOMS + "{id}/read", "{}"),
                        new PathOp("GET", ROOMS + "{id}/participants", null))),
                badPathIds("message ids in paths", ids.foreignMessageId(), "MESSAGE_NOT_FOUND", List.of(
                        new PathOp("PATCH", room + "/messages/{id}", "{\"content\": \"x\"}"),
                        new PathOp("DELETE", room + "/messages/{id}", null),
                        new PathOp("PUT", room + "/messages/{id}/reactions/" + encode("\uD83D\uDC4D"), null),
                        new PathOp("GET", room + "/messages/{id}/history", null))),
                badPathIds("user ids in paths", null, null, List.of(
                        new PathOp("PATCH", room + "/participants/{id}", "{\"role\": \"MEMBER\"}"),
                        new PathOp("DELETE", room + "/participants/{id}", null))),
                new Batch<>("reactions", oddInUrl().filter(odd -> !odd.nulOrSurrogate()).flatMap(odd -> Stream.of("PUT", "DELETE")
                        .map(method -> new RestCase("reaction " + odd.label(), method,
                                message + "/reactions/" + encode(odd.value()), null, Expect.ANY)))
                        .filter(c -> !c.path().endsWith("/reactions/")).toList()),
                new Batch<>("history and lists", Stream.of(
                                query("messages", room + "/messages", "limit", "page"),
                                query("rooms", "/api/chat/rooms", "limit", "page"),
                                cursors(room + "/messages", ids.foreignMessageId()),
                                oddQuery("/api/chat/rooms", "scope"),
                                oddQuery("/api/users", "username"))
                        .flatMap(Function.identity()).toList()));
    }

    /** An operation with {@code {id}} in its path. */
    private record PathOp(String method, String template, String body) {
    }

    /** Each field's variants in an otherwise valid body; with {@code bodyShapes}, malformed bodies and extra fields. */
    private static Batch<RestCase> body(String name, String method, String path, Map<String, String> base,
            List<Field> fields, boolean bodyShapes) {
        List<RestCase> cases = new ArrayList<>();
        for (Field field : fields) {
            for (Variant variant : BadValues.variants(field)) {
                Map<String, String> body = new LinkedHashMap<>(base);
                body.put(field.name(), variant.json());
                cases.add(new RestCase(name + ": " + field.name() + " " + variant.label(), method, path,
                        JsonText.object(body), variant.expect()));
            }
        }
        if (!bodyShapes) {
            return new Batch<>(name, cases);
        }
        for (Variant malformed : BadValues.malformedBodies()) {
            cases.add(new RestCase(name + ": body " + malformed.label(), method, path, malformed.json(),
                    malformed.expect()));
        }
        String valid = JsonText.object(base);
        for (Variant extra : BadValues.extraFields()) {
            cases.add(new RestCase(name + ": " + extra.label(), method, path,
                    "{" + extra.json() + (base.isEmpty() ? "" : ",") + valid.substring(1), extra.expect()));
        }
        return new Batch<>(name, cases);
    }

    /** Every bad id in every operation's path: refused, and for an id the caller may not see, with its code. */
    private static Batch<RestCase> badPathIds(String name, String foreignId, String foreignCode, List<PathOp> ops) {
        List<RestCase> cases = new ArrayList<>();
        for (PathOp op : ops) {
            for (String id : BadValues.badIds()) {
                cases.add(new RestCase(name + ": " + describe(id), op.method(), op.template().replace("{id}", encode(id)),
                        op.body(), Expect.REFUSED));
            }
            if (foreignId != null) {
                cases.add(new RestCase(name + ": someone else's", op.method(), op.template().replace("{id}", foreignId),
                        op.body(), Expect.refused(foreignCode)));
            }
        }
        return new Batch<>(name, cases);
    }

    private static Stream<RestCase> query(String name, String path, String... parameters) {
        return Stream.of(parameters).flatMap(parameter -> Stream.concat(BadValues.badNumbers().stream(),
                        Stream.of("limit").filter(parameter::equals).map(limit -> "101"))
                .map(value -> new RestCase(name + " " + parameter + "=" + describe(value), "GET",
                        path + "?" + parameter + "=" + encode(value), null, Expect.INVALID)));
    }

    private static Stream<RestCase> cursors(String path, String foreignMessageId) {
        Stream<RestCase> bad = Stream.of("before", "after").flatMap(cursor -> BadValues.badIds().stream()
                .map(id -> new RestCase("history " + cursor + "=" + describe(id), "GET",
                        path + "?" + cursor + "=" + encode(id), null, Expect.REFUSED)));
        return Stream.concat(bad, Stream.of("before", "after").map(cursor -> new RestCase(
                "history " + cursor + " another room's message", "GET", path + "?" + cursor + "=" + foreignMessageId,
                null, Expect.refused("MESSAGE_NOT_FOUND"))));
    }

    private static Stream<RestCase> oddQuery(String path, String parameter) {
        return oddInUrl().map(odd -> new RestCase(parameter + " " + odd.label(), "GET",
                path + "?" + parameter + "=" + encode(odd.value()), null,
                odd.nulOrSurrogate() ? Expect.INVALID : Expect.ANY));
    }

    /** The odd strings a URL can carry (U+0000 only in a query: in a path it is refused below the application). */
    private static Stream<Odd> oddInUrl() {
        return BadValues.oddStrings().stream()
                .filter(Odd::encodable)
                .filter(odd -> encode(odd.value()).length() <= URL_VALUE_LIMIT);
    }

    // --- real-time ---

    static List<Batch<FrameCase>> frames(Ids ids) {
        String room = str(ids.roomId());
        return List.of(
                event("send_message", "message_error", Map.of("roomId", room, "content", str("corpus"), "type", str("TEXT")),
                        Stream.concat(Stream.of(Field.required("roomId", Kind.ID)),
                                SEND_MESSAGE.stream().filter(field -> !field.name().equals("clientMessageId"))).toList()),
                event("join_room", "room_error", Map.of(), List.of(Field.required("roomId", Kind.ID))),
                event("leave_room", "room_error", Map.of(), List.of(Field.required("roomId", Kind.ROOM_REF))),
                event("typing_start", "room_error", Map.of(), List.of(Field.required("roomId", Kind.ID))),
                event("mark_read", "room_error", Map.of("roomId", room),
                        List.of(Field.required("roomId", Kind.ID), Field.optional("messageId", Kind.ID))),
                new Batch<>("data that is not an object", Stream.of("send_message", "join_room", "leave_room",
                                "typing_start", "typing_stop", "mark_read")
                        .flatMap(Corpus::notObjects).toList()),
                new Batch<>("frames that are not events", notEvents()));
    }

    private static Batch<FrameCase> event(String event, String errorEvent, Map<String, String> base, List<Field> fields) {
        List<FrameCase> cases = new ArrayList<>();
        for (Field field : fields) {
            for (Variant variant : BadValues.variants(field)) {
                Map<String, String> data = new LinkedHashMap<>(base);
                data.put(field.name(), variant.json());
                String label = event + ": " + field.name() + " " + variant.label();
                cases.add(variant.deep() ? nativeFrame(label, event, JsonText.object(data), variant.expect())
                        : frame(label, event, JsonText.object(data), errorEvent, variant.expect(), false));
            }
        }
        return new Batch<>(event, cases);
    }

    private static Stream<FrameCase> notObjects(String event) {
        String errorEvent = event.equals("send_message") ? "message_error" : "room_error";
        Stream<FrameCase> data = Stream.of("\"text\"", "42", "true", "null", "[]", "[{\"roomId\": \"x\"}]")
                .map(json -> frame(event + " data " + json, event, json, errorEvent, Expect.INVALID, false));
        return Stream.concat(data, Stream.of(
                frame(event + " data nested too deep", event, BadValues.deepArray(), "error", Expect.INVALID, true),
                new FrameCase(event + " without data", "{\"event\": " + str(event) + "}", "42[" + str(event) + "]",
                        errorEvent, Expect.INVALID, false)));
    }

    /** Frames without a usable event: {@code error} with {@code VALIDATION_ERROR}. Unknown names on both transports. */
    private static List<FrameCase> notEvents() {
        List<FrameCase> cases = new ArrayList<>();
        Stream.of("JOIN_ROOM", "", " join_room", "join_room\u0000", "\uD800", "\u202Ejoin_room", "\uD83D\uDE00",
                        "__proto__", "constructor", "x".repeat(20_000))
                .forEach(name -> cases.add(frame("unknown event " + describe(name), name, "{}", "error", Expect.INVALID,
                        false)));
        Stream.of("not JSON", "{", "{\"event\": \"join_room\", \"data\": {}", "[\"join_room\", {}]", "null", "42",
                        "{\"event\": null, \"data\": {}}", "{\"event\": [\"join_room\"], \"data\": {}}",
                        "{\"event\": \"join_room\", \"data\": {\"roomId\": \"\\ud800\"}, \"event\": 1}",
                        "\uFEFF{\"event\": \"typing_stop\"}")
                .forEach(text -> cases.add(new FrameCase("frame " + shorten(text), text, null, "error", Expect.INVALID,
                        false)));
        return cases;
    }

    private static FrameCase frame(String label, String event, String data, String errorEvent, Expect expect,
            boolean unparseable) {
        return new FrameCase(label, "{\"event\": " + str(event) + ", \"data\": " + data + "}",
                "42[" + str(event) + "," + data + "]", errorEvent, expect, unparseable);
    }

    /** As {@link #frame}, natively only: each such packet ends a Socket.IO connection, which one case per event shows. */
    private static FrameCase nativeFrame(String label, String event, String data, Expect expect) {
        return new FrameCase(label, "{\"event\": " + str(event) + ", \"data\": " + data + "}", null, "error", expect,
                true);
    }

    // --- text ---

    private static String str(String value) {
        return JsonText.string(value);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(String value) {
        String json = JsonText.string(value);
        return shorten(json);
    }

    static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + ")" : text;
    }
}
