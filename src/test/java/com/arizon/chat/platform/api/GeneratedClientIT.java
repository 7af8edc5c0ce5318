package com.arizon.chat.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.client.ApiClient;
import com.arizon.chat.client.ApiException;
import com.arizon.chat.client.api.MessagesApi;
import com.arizon.chat.client.api.RoomsApi;
import com.arizon.chat.client.model.ChatRoomReply;
import com.arizon.chat.client.model.CreateRoomCommand;
import com.arizon.chat.client.model.ErrorCode;
import com.arizon.chat.client.model.ErrorResponse;
import com.arizon.chat.client.model.MessagePage;
import com.arizon.chat.client.model.MessageView;
import com.arizon.chat.client.model.ReactionGroup;
import com.arizon.chat.client.model.RoomType;
import com.arizon.chat.client.model.SendMessageCommand;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java client generated from the OpenAPI document drives the API: create, post, react, page. */
class GeneratedClientIT {

    private static final String THUMBS_UP = "\uD83D\uDC4D";

    private final ChatServer server = ChatServer.shared();
    private final ChatFixtures chat = ChatFixtures.on(server);

    @Test
    void createPostReactAndPageThroughTheGeneratedClient() throws Exception {
        TestUser alice = chat.user();
        TestUser bob = chat.user();
        RoomsApi aliceRooms = new RoomsApi(clientFor(alice));
        MessagesApi aliceMessages = new MessagesApi(clientFor(alice));
        MessagesApi bobMessages = new MessagesApi(clientFor(bob));

        ChatRoomReply created = aliceRooms.createRoom(new CreateRoomCommand().name("generated")
                .type(CreateRoomCommand.TypeEnum.GROUP).participantIds(List.of(bob.id())));
        String roomId = created.getData().getChatRoom().getId();
        assertThat(created.getSuccess()).isTrue();
        assertThat(created.getData().getChatRoom().getType()).isEqualTo(RoomType.GROUP);
        assertThat(created.getData().getChatRoom().getParticipants()).hasSize(2);

        MessageView first = aliceMessages.sendMessage(roomId, new SendMessageCommand().content("hello, client"))
                .getData().getMessage();
        for (int i = 0; i < 4; i++) {
            bobMessages.sendMessage(roomId, new SendMessageCommand().content("reply " + i).replyToId(first.getId()));
        }
        List<ReactionGroup> reactions = bobMessages.addReaction(roomId, first.getId(), THUMBS_UP).getData()
                .getReactions();
        assertThat(reactions).singleElement().satisfies(group -> {
            assertThat(group.getEmoji()).isEqualTo(THUMBS_UP);
            assertThat(group.getUsers()).containsExactly(bob.id());
        });

        MessagePage newest = aliceMessages.listMessages(roomId, 1, 2, null, null).getData();
        assertThat(newest.getMessages()).extracting(MessageView::getContent).containsExactly("reply 2", "reply 3");
        assertThat(newest.getPagination().getHasMore()).isTrue();
        MessagePage older = aliceMessages.listMessages(roomId, null, 3, newest.getMessages().get(0).getId(), null)
                .getData();
        assertThat(older.getMessages()).extracting(MessageView::getContent)
                .containsExactly("hello, client", "reply 0", "reply 1");
        assertThat(older.getMessages().get(0).getReactions()).hasSize(1);
        assertThat(older.getMessages().get(1).getReplyTo().getId()).isEqualTo(first.getId());
        assertThat(older.getMessages().get(0).getSentAt()).isNotNull();
        assertThat(older.getPagination().getPage()).isNull();
    }

    @Test
    void errorsArriveAsTheDocumentedEnvelope() {
        RoomsApi rooms = new RoomsApi(clientFor(chat.user()));

        assertThatThrownBy(() -> rooms.getRoom("no-such-room"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    ErrorResponse error = read(e.getResponseBody());
                    assertThat(error.getSuccess()).isFalse();
                    assertThat(error.getError().getCode()).isEqualTo(ErrorCode.CHAT_ROOM_NOT_FOUND);
                });
    }

    private ApiClient clientFor(TestUser user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri().toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + user.token()));
        return client;
    }

    private static ErrorResponse read(String body) {
        try {
            return new ObjectMapper().readValue(body, ErrorResponse.class);
        } catch (Exception e) {
            throw new AssertionError("Not an error envelope: " + body, e);
        }
    }
}
