package com.arizon.chat.bench;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ServerAddress;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After a load: is every message the server acknowledged to its sender in the room's history? Reads
 * each room's history over REST, newest first by {@code before} cursor (new messages cannot shift
 * it), and compares the benchmark's {@code clientMessageId}s with the acknowledged ones. A request
 * that fails or times out (the server may still be busy with the load) is tried again, within
 * {@link #BUDGET} in all; a room it could not read is reported, not counted.
 */
final class HistoryCheck {

    static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final int PAGE = 100;
    private static final String BENCH_ID_PREFIX = "b-";

    private HistoryCheck() {
    }

    /**
     * @param acknowledged messages acknowledged in the rooms read
     * @param missing of those, the ones not in the history
     * @param problem why a room could not be read, or null
     */
    record Result(int roomsRead, int rooms, long acknowledged, long missing, String problem) {

        @Override
        public String toString() {
            return String.format("%,d acknowledged but missing of %,d acknowledged, %d of %d rooms read%s", missing,
                    acknowledged, roomsRead, rooms, problem == null ? "" : " (stopped: " + problem + ")");
        }
    }

    static Result run(ServerAddress server, List<BenchConnection> connections) throws InterruptedException {
        Map<String, List<BenchConnection>> rooms = new LinkedHashMap<>();
        connections.forEach(connection ->
                rooms.computeIfAbsent(connection.roomId(), room -> new ArrayList<>()).add(connection));
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int read = 0;
        long acknowledged = 0;
        long missing = 0;
        for (Map.Entry<String, List<BenchConnection>> room : rooms.entrySet()) {
            BitSet sent = new BitSet();
            room.getValue().forEach(member -> sent.or(member.acknowledgedSeqs()));
            Api reader = Api.of(server).as(room.getValue().get(0).user());
            BitSet stored;
            try {
                stored = history(reader, room.getKey(), sent, deadline);
            } catch (RuntimeException e) {
                return new Result(read, rooms.size(), acknowledged, missing, e.getMessage());
            }
            read++;
            acknowledged += sent.cardinality();
            sent.andNot(stored);
            missing += sent.cardinality();
        }
        return new Result(read, rooms.size(), acknowledged, missing, null);
    }

    /** The benchmark messages in the room's history, read until all of {@code wanted} are found or it ends. */
    private static BitSet history(Api reader, String roomId, BitSet wanted, long deadline)
            throws InterruptedException {
        BitSet stored = new BitSet();
        String path = "/api/chat/rooms/" + roomId + "/messages?limit=" + PAGE;
        String before = null;
        while (true) {
            ApiResponse page = page(reader, before == null ? path : path + "&before=" + before, deadline);
            JsonArray messages = page.data().getJsonArray("messages");
            for (JsonValue message : messages) {
                JsonValue clientId = message.asJsonObject().get("clientMessageId");
                if (clientId instanceof JsonString id && id.getString().startsWith(BENCH_ID_PREFIX)) {
                    stored.set(Integer.parseInt(id.getString().substring(BENCH_ID_PREFIX.length())));
                }
            }
            BitSet notFound = (BitSet) wanted.clone();
            notFound.andNot(stored);
            JsonObject pagination = page.data().getJsonObject("pagination");
            if (notFound.isEmpty() || messages.isEmpty() || !pagination.getBoolean("hasMore", false)) {
                return stored;
            }
            before = messages.getJsonObject(0).getString("id");
        }
    }

    /** One page of history; a request that fails or is refused is tried again until the deadline. */
    private static ApiResponse page(Api reader, String path, long deadline) throws InterruptedException {
        String problem = "none tried";
        while (System.nanoTime() - deadline < 0) {
            try {
                ApiResponse page = reader.get(path);
                if (page.status() == 200) {
                    return page;
                }
                problem = page.toString();
            } catch (IllegalStateException e) {
                problem = e.getMessage();
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        throw new IllegalStateException("no history within " + BUDGET.toSeconds() + " s; last try: " + problem);
    }
}
