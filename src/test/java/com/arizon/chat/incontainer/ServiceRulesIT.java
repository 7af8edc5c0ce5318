package com.arizon.chat.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arizon.chat.message.control.MessageService;
import com.arizon.chat.message.control.SendMessageCommand;
import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.paging.PageQuery;
import com.arizon.chat.room.control.CreateRoomCommand;
import com.arizon.chat.room.control.RoomService;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.UserProfile;
import com.arizon.chat.user.control.UserProvisioning;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: the permission interceptor on the services, rollback leaving no
 * half-written rows, and messages announced only after their transaction committed. One
 * deployment (each costs a Payara boot).
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRulesIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("chat.it.war")))
                .addClass(RecordedEvents.class);
    }

    @Inject
    RoomService rooms;

    @Inject
    MessageService messages;

    @Inject
    UserProvisioning provisioning;

    @Inject
    RecordedEvents events;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void permissionInterceptorGuardsServiceMethodsWhateverTheTransport() {
        Caller withoutCreate = caller(EnumSet.of(Permission.CHATS_READ));
        ChatException refused = assertThrows(ChatException.class,
                () -> rooms.create(withoutCreate, group("Refused", List.of())));
        assertEquals(ErrorCode.FORBIDDEN, refused.code());

        Caller withoutRead = caller(EnumSet.noneOf(Permission.class));
        ChatException unreadable = assertThrows(ChatException.class,
                () -> messages.history(withoutRead, "any-room", PageQuery.parse(null, null, null, null)));
        assertEquals(ErrorCode.FORBIDDEN, unreadable.code());
    }

    @Test
    void aRefusedCreationWritesNothing() {
        Caller creator = caller(EnumSet.of(Permission.CHATS_CREATE, Permission.CHATS_READ));
        String name = "half-written-" + Ids.next();

        ChatException refused = assertThrows(ChatException.class,
                () -> rooms.create(creator, group(name, List.of("no-such-user"))));

        assertEquals(ErrorCode.INVALID_PARTICIPANTS, refused.code());
        assertEquals(0L, em.createQuery("SELECT COUNT(r) FROM Room r WHERE r.name = :name", Long.class)
                .setParameter("name", name).getSingleResult());
    }

    @Test
    void aMessageIsAnnouncedOnlyAfterItsTransactionCommitted() throws Exception {
        Caller sender = caller(EnumSet.of(Permission.CHATS_CREATE, Permission.CHATS_READ));
        String roomId = rooms.create(sender, group("Events", List.of())).chatRoom().id();

        transaction.begin();
        messages.send(sender, roomId, text("rolled back"));
        transaction.rollback();
        messages.send(sender, roomId, text("committed"));

        assertFalse(events.announced("rolled back"));
        assertTrue(events.announced("committed"));
        assertEquals(List.of("committed"), messages.history(sender, roomId, PageQuery.parse(null, null, null, null))
                .messages().stream().filter(m -> m.type().name().equals("TEXT")).map(m -> m.content()).toList());
    }

    @Test
    void aRuleBrokenAfterTheRoomLockLeavesTheRoomUntouched() {
        Caller sender = caller(EnumSet.of(Permission.CHATS_CREATE, Permission.CHATS_READ));
        String roomId = rooms.create(sender, group("Rules", List.of())).chatRoom().id();
        long lastSeqBefore = lastSeq(roomId);

        ChatException refused = assertThrows(ChatException.class,
                () -> messages.send(sender, roomId, new SendMessageCommand("hi", "TEXT", "no-such-message", null, null)));

        assertEquals(ErrorCode.MESSAGE_SEND_FAILED, refused.code());
        assertEquals(lastSeqBefore, lastSeq(roomId));
    }

    private long lastSeq(String roomId) {
        return em.createQuery("SELECT r.lastMessageSeq FROM Room r WHERE r.id = :id", Long.class)
                .setParameter("id", roomId).getSingleResult();
    }

    private Caller caller(Set<Permission> permissions) {
        String id = "arquillian-" + Ids.next();
        UserProfile profile = new UserProfile(id, id, id + "@example.com", "In", "Container", null,
                Set.of(GlobalRole.CLIENT));
        provisioning.provision(profile);
        return new Caller(id, id, profile.email(), profile.roles(), permissions, null);
    }

    private static CreateRoomCommand group(String name, List<String> participants) {
        return new CreateRoomCommand(name, null, "GROUP", false, 10, participants);
    }

    private static SendMessageCommand text(String content) {
        return new SendMessageCommand(content, "TEXT", null, null, null);
    }
}
