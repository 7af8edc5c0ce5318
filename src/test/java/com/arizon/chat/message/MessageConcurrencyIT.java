package com.arizon.chat.message;

import static com.arizon.chat.it.support.ChatFixtures.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.Concurrently;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the database decides when requests race: retries, and paging while others write. */
class MessageConcurrencyIT {

    private static final int WRITERS = 5;
    private static final int MESSAGES_PER_WRITER = 30;

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void twentyParallelRetriesOfOneClientMessageIdStoreOneMessage() throws Exception {
        TestUser sender = chat.user();
        String roomId = chat.group(sender);
        Map<String, Object> body = Map.of("content", "sent once", "clientMessageId", "retry-me");
        List<Callable<ApiResponse>> retries = Collections.nCopies(20, () -> chat.as(sender).post(messages(roomId), body));

        List<ApiResponse> responses = Concurrently.run(retries);

        assertThat(responses).extracting(ApiResponse::status).as("%s", responses)
                .containsOnly(201, 200)
                .filteredOn(status -> status == 201).hasSize(1);
        Set<String> ids = Set.copyOf(responses.stream()
                .map(r -> r.data().getJsonObject("message").getString("id")).toList());
        assertThat(ids).hasSize(1);
        assertThat(chat.allMessages(sender, roomId))
                .filteredOn(m -> m.getString("content").equals("sent once"))
                .singleElement()
                .satisfies(m -> assertThat(m.getString("clientMessageId")).isEqualTo("retry-me"));
    }

    /**
     * More rooms than the server has send turns, so that rooms sharing a turn are posted in one
     * transaction: each room's retries still store one message and answer it to every retry. A
     * sender per room, so that no sender passes the REST limit (100 requests a second).
     */
    @Test
    void parallelRetriesInManyRoomsStoreOneMessagePerRoom() throws Exception {
        List<TestUser> senders = IntStream.range(0, 40).mapToObj(i -> chat.user()).toList();
        List<String> rooms = senders.stream().map(sender -> chat.group(sender)).toList();
        Map<String, Object> body = Map.of("content", "once per room", "clientMessageId", "same-id-everywhere");
        List<Callable<ApiResponse>> sends = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) {
            TestUser sender = senders.get(i);
            String room = rooms.get(i);
            sends.addAll(Collections.nCopies(3, () -> chat.as(sender).post(messages(room), body)));
        }

        List<ApiResponse> responses = Concurrently.run(sends);

        for (int i = 0; i < rooms.size(); i++) {
            String room = rooms.get(i);
            List<ApiResponse> ofRoom = responses.subList(3 * i, 3 * i + 3);
            assertThat(ofRoom).extracting(ApiResponse::status).as("%s", ofRoom)
                    .containsOnly(201, 200)
                    .filteredOn(status -> status == 201).hasSize(1);
            List<JsonObject> stored = chat.allMessages(senders.get(i), room).stream()
                    .filter(m -> m.getString("content").equals("once per room")).toList();
            assertThat(stored).hasSize(1);
            assertThat(ofRoom).as("every retry answers the stored message")
                    .allSatisfy(r -> assertThat(r.data().getJsonObject("message").getString("id"))
                            .isEqualTo(stored.get(0).getString("id")));
        }
    }

    @Test
    void pagingForwardWhileFiveWritersPostSeesEveryMessageExactlyOnce() throws Exception {
        TestUser reader = chat.user();
        List<TestUser> writers = IntStream.range(0, WRITERS).mapToObj(i -> chat.user()).toList();
        String roomId = chat.group(reader, writers.toArray(TestUser[]::new));
        String start = chat.allMessages(reader, roomId).get(0).getString("id");

        List<String> posted = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try {
                Concurrently.run(writers.stream().<Callable<Void>>map(writer -> () -> {
                    for (int i = 0; i < MESSAGES_PER_WRITER; i++) {
                        posted.add(chat.send(writer, roomId, writer.username() + " #" + i));
                    }
                    return null;
                }).toList());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        List<String> seen = new ArrayList<>();
        String cursor = start;
        while (true) {
            boolean writersDone = writing.isDone();
            List<JsonObject> page = after(reader, roomId, cursor);
            page.forEach(m -> seen.add(m.getString("id")));
            if (!page.isEmpty()) {
                cursor = page.get(page.size() - 1).getString("id");
            }
            if (writersDone && page.isEmpty()) {
                break;
            }
        }
        writing.get(1, TimeUnit.MINUTES);

        List<String> userMessages = seen.stream().filter(Set.copyOf(posted)::contains).toList();
        assertThat(posted).hasSize(WRITERS * MESSAGES_PER_WRITER);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(userMessages).containsExactlyInAnyOrderElementsOf(posted);
        List<String> history = chat.allMessages(reader, roomId).stream().map(m -> m.getString("id")).toList();
        assertThat(seen).containsExactlyElementsOf(history.subList(1, history.size()));
    }

    /** Up to 7 messages after the cursor, oldest first: small pages, so the reader takes many turns. */
    private List<JsonObject> after(TestUser reader, String roomId, String cursor) {
        ApiResponse page = chat.as(reader).get(messages(roomId) + "?limit=7&after=" + cursor);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.data().getJsonObject("pagination").containsKey("page")).isFalse();
        return page.data().getJsonArray("messages").getValuesAs(JsonObject.class);
    }
}
