package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Builders that let the tests state packets the way the specifications write them. */
final class Fixtures {

    private Fixtures() {
    }

    static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    static JsonArray array(String text) {
        return json(text).asJsonArray();
    }

    static JsonObject object(String text) {
        return json(text).asJsonObject();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** {@code { type, namespace, data, id }} plus attachments; null data or id for none. */
    static SocketIoPacket packet(SocketIoPacketType type, String namespace, String data, Long ackId,
            byte[]... attachments) {
        return new SocketIoPacket(type, namespace, Optional.ofNullable(data).map(Fixtures::json),
                ackId == null ? OptionalLong.empty() : OptionalLong.of(ackId), Arrays.asList(attachments));
    }

    static SocketIoPacket packet(SocketIoPacketType type, String namespace, String data) {
        return packet(type, namespace, data, null);
    }

    static List<EngineIoPacket> messages(String text, byte[]... attachments) {
        List<EngineIoPacket> messages = new ArrayList<>();
        messages.add(EngineIoPacket.message(text));
        for (byte[] attachment : attachments) {
            messages.add(EngineIoPacket.message(attachment));
        }
        return messages;
    }
}
