package com.arizon.chat.platform.corpus;

import com.arizon.chat.it.support.JsonText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Generators of bad input, one per shape: odd strings, values of the wrong JSON type, huge and
 * deeply nested values, malformed JSON, bad ids and bad numbers in query strings. Each value comes
 * with what the contract lets the server answer when it stands in a given {@link Field}.
 */
final class BadValues {

    /** Deep enough to trip a recursive parser or binder, small enough for a 64 KiB frame. */
    private static final int DEEP = 3_000;
    /** Over every text limit of the contract (4,000 code points at most), under every size limit. */
    private static final int HUGE = 20_000;

    private BadValues() {
    }

    /** What an answer may be: a success, or a refusal with any contract code or with this one. */
    record Expect(boolean mayPass, String code) {
        static final Expect ANY = new Expect(true, null);
        static final Expect REFUSED = new Expect(false, null);
        static final Expect INVALID = refused("VALIDATION_ERROR");

        static Expect refused(String code) {
            return new Expect(false, code);
        }

        @Override
        public String toString() {
            return mayPass ? "any contract answer" : "refused" + (code == null ? "" : " with " + code);
        }
    }

    /**
     * A bad value as JSON text, labelled, with the answer it must get where it was generated for;
     * {@code deep} when it nests deeper than a real-time frame's parser goes (the frame is then malformed).
     */
    record Variant(String label, String json, Expect expect, boolean deep) {
        Variant(String label, String json, Expect expect) {
            this(label, json, expect, false);
        }
    }

    /** What a field holds, which decides what the contract says about an odd value in it. */
    enum Kind {
        /** Plain text (names): no control characters or bidirectional controls. */
        PLAIN,
        /** Any text but U+0000 and unpaired surrogates. */
        TEXT,
        /** Message content: text that must not be blank. */
        CONTENT,
        /** One of a few words. */
        ENUM,
        /** The id of something that must exist. */
        ID,
        /** A room id that need not exist ({@code leave_room} only unsubscribes). */
        ROOM_REF,
        /** An ISO-8601 instant. */
        TIME,
        BOOL,
        INT,
        ID_LIST,
        ATTACHMENTS
    }

    /** A field of a body or of an event's data. */
    record Field(String name, Kind kind, boolean required, int maxLength) {
        static Field required(String name, Kind kind, int maxLength) {
            return new Field(name, kind, true, maxLength);
        }

        static Field optional(String name, Kind kind, int maxLength) {
            return new Field(name, kind, false, maxLength);
        }

        static Field required(String name, Kind kind) {
            return required(name, kind, Integer.MAX_VALUE);
        }

        static Field optional(String name, Kind kind) {
            return optional(name, kind, Integer.MAX_VALUE);
        }
    }

    /** An odd string and the properties that decide its fate. */
    record Odd(String label, String value, boolean nulOrSurrogate, boolean notPlain) {
        boolean blank() {
            return value.isBlank();
        }

        int length() {
            return value.codePointCount(0, value.length());
        }

        /** Whether it survives a URL: an unpaired surrogate has no UTF-8 form. */
        boolean encodable() {
            return !nulOrSurrogate || value.indexOf('\0') >= 0;
        }
    }

    static List<Odd> oddStrings() {
        return List.of(
                new Odd("empty", "", false, false),
                new Odd("blank", " \u00a0 ", false, false),
                new Odd("NUL", "a\u0000b", true, true),
                new Odd("unpaired high surrogate", "a\uD83Db", true, false),
                new Odd("unpaired low surrogate", "\uDE00z", true, false),
                new Odd("surrogates reversed", "\uDE00\uD83D", true, false),
                new Odd("bidi override", "abc\u202Egnp.exe", false, true),
                new Odd("bidi isolate", "\u2067isolated\u2069", false, true),
                new Odd("control characters", "line\nbreak\ttab\u001B[2J\u0085", false, true),
                new Odd("noncharacters", "x\uFFFF\uFFFE", false, true),
                new Odd("4-byte emoji", "\uD83D\uDE00\uD83C\uDF89\uD834\uDD1E", false, false),
                new Odd("emoji ZWJ sequence", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", false, false),
                new Odd("combining marks", "Z" + "\u0301\u0308\u0327\u0336".repeat(8), false, false),
                new Odd("right-to-left text", "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", false, false),
                new Odd("byte order mark", "\uFEFFbom", false, false),
                new Odd("markup and injection", "<script>alert(1)</script>'; DROP TABLE messages; --${jndi:x}%s%n",
                        false, false),
                new Odd("20,000 characters", "x".repeat(HUGE), false, false),
                new Odd("4,001 emoji", "\uD83D\uDE00".repeat(4_001), false, false));
    }

    /** Everything generated for one field: odd strings, wrong types, huge and nested values, null. */
    static List<Variant> variants(Field field) {
        List<Variant> variants = new ArrayList<>();
        if (field.kind() == Kind.ID_LIST) {
            for (Odd odd : oddStrings()) {
                variants.add(new Variant("[" + odd.label() + "]", JsonText.array(List.of(JsonText.string(odd.value()))),
                        odd.nulOrSurrogate() ? Expect.INVALID : Expect.REFUSED));
            }
            variants.add(new Variant("3,000 unknown ids", JsonText.array(Collections.nCopies(3_000,
                    JsonText.string(UUID.randomUUID().toString()))), Expect.REFUSED));
        } else if (isText(field.kind())) {
            for (Odd odd : oddStrings()) {
                variants.add(new Variant(odd.label(), JsonText.string(odd.value()), expect(field, odd)));
            }
        }
        wrongTypes(field.kind()).forEach(variants::add);
        if (field.kind() == Kind.ATTACHMENTS) {
            attachments().forEach(variants::add);
        }
        variants.add(new Variant("null", "null", field.required() ? Expect.INVALID : Expect.ANY));
        return variants;
    }

    /** The answer an odd string must get in the field. */
    static Expect expect(Field field, Odd odd) {
        if (odd.nulOrSurrogate()) {
            return Expect.INVALID;
        }
        boolean tooLong = odd.length() > field.maxLength();
        return switch (field.kind()) {
            case ENUM, TIME -> Expect.INVALID;
            case ID -> Expect.REFUSED;
            case PLAIN -> odd.notPlain() || tooLong ? Expect.INVALID : Expect.ANY;
            case TEXT -> tooLong ? Expect.INVALID : Expect.ANY;
            case CONTENT -> tooLong ? Expect.INVALID : odd.blank() ? Expect.REFUSED : Expect.ANY;
            case ROOM_REF -> odd.value().isEmpty() ? Expect.INVALID : Expect.ANY;
            default -> throw new IllegalArgumentException(field + " holds no string");
        };
    }

    private static boolean isText(Kind kind) {
        return switch (kind) {
            case PLAIN, TEXT, CONTENT, ENUM, ID, ROOM_REF, TIME -> true;
            default -> false;
        };
    }

    /** JSON values of every type but the field's own, each a shape error. */
    static Stream<Variant> wrongTypes(Kind kind) {
        List<Variant> values = new ArrayList<>(List.of(
                invalid("true", "true"),
                invalid("empty array", "[]"),
                invalid("array of objects", "[{}, {\"a\": [1]}]"),
                invalid("empty object", "{}"),
                invalid("operator object", "{\"$gt\": \"\"}"),
                new Variant(DEEP + " nested arrays", deepArray(), Expect.INVALID, true),
                new Variant(DEEP + " nested objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), Expect.INVALID,
                        true),
                invalid("3,000 numbers", JsonText.array(Collections.nCopies(3_000, "1")))));
        if (kind == Kind.INT) {
            Stream.of("0", "1", "-1", "10001", "2.5", "1e400", "-1e-400", "123456789012345678901234567890",
                    "-2147483649", "\"10\"", "\"ten\"").forEach(number -> values.add(invalid(number, number)));
        } else {
            values.add(invalid("number", "42"));
            values.add(invalid("huge exponent", "1e400"));
            values.add(invalid("string", "\"yes\""));
        }
        return values.stream().filter(variant -> !fitsKind(kind, variant.json()));
    }

    /** Whether a generated value is of the kind's own type (an empty list is a list of ids). */
    private static boolean fitsKind(Kind kind, String json) {
        return switch (kind) {
            case BOOL -> json.equals("true");
            case ID_LIST -> json.equals("[]");
            case INT, ATTACHMENTS -> false;
            default -> json.startsWith("\"");
        };
    }

    /** Attachments of the wrong shape: each a shape error (contract 8.3). */
    static Stream<Variant> attachments() {
        String good = file("a.png", "https://example.test/a.png", "10");
        return Stream.of(
                invalid("files not a list", "{\"files\": \"a.png\"}"),
                invalid("files of numbers", "{\"files\": [1, 2]}"),
                invalid("11 files", "{\"files\": " + JsonText.array(Collections.nCopies(11, good)) + "}"),
                invalid("javascript URL", "{\"files\": [" + file("a", "javascript:alert(1)", "1") + "]}"),
                invalid("URL with a space", "{\"files\": [" + file("a", "https://exa mple.test/", "1") + "]}"),
                invalid("negative size", "{\"files\": [" + file("a", "https://example.test/a", "-1") + "]}"),
                invalid("size as text", "{\"files\": [" + file("a", "https://example.test/a", "\"big\"") + "]}"),
                invalid("file name with a bidi override",
                        "{\"files\": [" + file("abc\u202Egnp.exe", "https://example.test/a", "1") + "]}"),
                invalid("file name with NUL", "{\"files\": [" + file("a\u0000", "https://example.test/a", "1") + "]}"),
                invalid("URL of 5,000 characters", "{\"files\": ["
                        + file("a", "https://example.test/" + "a".repeat(5_000), "1") + "]}"));
    }

    private static String file(String name, String url, String size) {
        return JsonText.object(Map.of("name", JsonText.string(name), "url", JsonText.string(url), "size", size,
                "type", JsonText.string("image/png")));
    }

    /** Bodies that are not JSON objects, or not JSON at all: each a {@code VALIDATION_ERROR}. */
    static List<Variant> malformedBodies() {
        return Stream.of(
                        "{", "{\"content\": ", "{\"a\" 1}", "{'content': 'x'}", "{\"content\": \"x\",}",
                        "{\"content\": NaN}", "/* comment */ {}", "[1, 2]", "\"a string\"", "42", "true",
                        "{\"content\": \"unterminated}", "{\"content\": \"bad escape \\x41\"}",
                        "{\"content\": \"\\uZZZZ\"}", "\uFEFF{\"a\": 1}", deepArray())
                .map(text -> invalid(text.length() > 40 ? text.substring(0, 40) + "..." : text, text))
                .toList();
    }

    /** Extra fields beside a valid body: unknown, huge or nested; the server may ignore them. */
    static List<Variant> extraFields() {
        return List.of(
                new Variant("unknown field", "\"isAdmin\": true", Expect.ANY),
                new Variant("unknown field nested " + DEEP + " deep",
                        "\"extra\": " + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), Expect.ANY),
                new Variant("3,000 unknown fields", String.join(",", Stream.iterate(0, i -> i + 1).limit(3_000)
                        .map(i -> "\"f" + i + "\": " + i).toList()), Expect.ANY),
                new Variant("unknown field of 100,000 characters", "\"extra\": " + JsonText.string("y".repeat(100_000)),
                        Expect.ANY));
    }

    /** Ids that name nothing, for paths and id fields. */
    static List<String> badIds() {
        return List.of(UUID.randomUUID().toString(), "0", "-1", "null", "undefined", "{id}", "x".repeat(300),
                "x".repeat(3_000), "' OR '1'='1", "<b>id</b>", "a;b", "\uD83D\uDE00", "\u202Eevil", "e\u0301\u0301",
                "\u0661\u0662\u0663", " ");
    }

    /** Values of {@code page} and {@code limit} that are not numbers from 1 (contract 8.20): each a {@code VALIDATION_ERROR}. */
    static List<String> badNumbers() {
        return List.of("0", "-1", "abc", "1.5", "1e2", "0x10", "99999999999999999999", "\u0000",
                "5\u0000", "NaN", "\uD83D\uDE00");
    }

    static String deepArray() {
        return "[".repeat(DEEP) + "]".repeat(DEEP);
    }

    private static Variant invalid(String label, String json) {
        return new Variant(label, json, Expect.INVALID);
    }
}
