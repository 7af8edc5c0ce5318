package com.arizon.chat.room.control;

import com.arizon.chat.moderation.control.AuditAction;
import com.arizon.chat.moderation.control.AuditLog;
import com.arizon.chat.moderation.control.AuditTarget;
import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.paging.PageRequest;
import com.arizon.chat.platform.paging.Pagination;
import com.arizon.chat.room.entity.Ban;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import com.arizon.chat.room.entity.RoomUserKey;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RequiresPermission;
import com.arizon.chat.security.control.RolePermissions;
import com.arizon.chat.user.control.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rooms and membership: listing, creating, changing, deleting, joining and leaving, under the
 * contract's rules. Reads ({@code SUPPORTS}) take no transaction of their own: at READ COMMITTED
 * each statement sees what is committed either way, and a read saves its BEGIN and COMMIT.
 */
@ApplicationScoped
@Transactional
public class RoomService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAccess access;

    @Inject
    RoomQueries queries;

    @Inject
    RoomAnnouncements announcements;

    @Inject
    Users users;

    @Inject
    RolePermissions rolePermissions;

    @Inject
    Event<MembershipChanged> membershipChanged;

    @Inject
    Event<RoomUpdated> roomUpdated;

    @Inject
    Event<RoomDeleted> roomDeleted;

    @Inject
    Memberships memberships;

    @Inject
    KnownUsers knownUsers;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    @RequiresPermission(Permission.CHATS_READ)
    public RoomPage myRooms(Caller caller, PageRequest page) {
        List<RoomView> views = queries.viewsOf(caller.userId(), page);
        boolean hasMore = views.size() > page.limit();
        return new RoomPage(hasMore ? views.subList(0, page.limit()) : views, Pagination.paged(page, hasMore));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RequiresPermission(Permission.CHATS_READ)
    public RoomPage publicRooms(Caller caller, PageRequest page) {
        List<Room> rooms = queries.publicRooms(page);
        boolean hasMore = rooms.size() > page.limit();
        List<Room> shown = hasMore ? rooms.subList(0, page.limit()) : rooms;
        Set<String> joined = Set.copyOf(queries.joinedAmong(caller.userId(), shown.stream().map(Room::id).toList()));
        List<RoomView> views = queries.views(shown).stream()
                .map(view -> view.withIsParticipant(joined.contains(view.id())))
                .toList();
        return new RoomPage(views, Pagination.paged(page, hasMore));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RequiresPermission(Permission.CHATS_READ)
    public RoomView details(Caller caller, String roomId) {
        return detailsOf(access.visible(caller, roomId).room());
    }

    /**
     * Creates a room with the caller as OWNER and the listed users as MEMBERs. A DIRECT room exists
     * once per pair: asking again returns it ({@code created} false) and brings the caller back in.
     */
    @RequiresPermission(Permission.CHATS_CREATE)
    public CreatedRoom create(Caller caller, @NotNull @Valid CreateRoomCommand command) {
        RoomType type = RoomType.valueOf(command.type());
        if (type == RoomType.CHANNEL && !mayCreateChannels(caller)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Your role may not create CHANNEL rooms");
        }
        Set<String> others = new LinkedHashSet<>(command.participantIds() == null ? List.of() : command.participantIds());
        others.remove(caller.userId());
        knownUsers.require(others);
        Instant now = Clock.now();
        if (type == RoomType.DIRECT) {
            return createDirect(caller, command, others, now);
        }
        if (command.name() == null) {
            throw ChatException.validation("name", "is required for " + type + " rooms");
        }
        int maxMembers = command.maxMembers() == null ? CreateRoomCommand.DEFAULT_MAX_MEMBERS : command.maxMembers();
        if (others.size() + 1 > maxMembers) {
            throw new ChatException(ErrorCode.INVALID_PARTICIPANTS,
                    "The room holds " + maxMembers + " members; " + (others.size() + 1) + " were given");
        }
        boolean isPrivate = Boolean.TRUE.equals(command.isPrivate());
        Room room = new Room(Ids.next(), command.name().strip(), strip(command.description()), type, isPrivate,
                maxMembers, caller.userId(), null, now);
        return new CreatedRoom(populate(room, caller, others, now), true);
    }

    private CreatedRoom createDirect(Caller caller, CreateRoomCommand command, Set<String> others, Instant now) {
        if (others.size() != 1) {
            throw new ChatException(ErrorCode.INVALID_PARTICIPANTS, "A DIRECT room needs exactly one other user");
        }
        String other = others.iterator().next();
        String key = DirectRooms.key(caller.userId(), other);
        Optional<Room> existing = em.createQuery("SELECT r FROM Room r WHERE r.directKey = :key", Room.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return new CreatedRoom(join(caller, existing.get().id()), false);
        }
        Room room = new Room(Ids.next(), command.name() == null ? null : command.name().strip(),
                strip(command.description()), RoomType.DIRECT, true, 2, caller.userId(), key, now);
        return new CreatedRoom(populate(room, caller, others, now), true);
    }

    private RoomView populate(Room room, Caller caller, Set<String> others, Instant now) {
        em.persist(room);
        em.flush(); // participants and messages reference the room row
        Participant owner = new Participant(room.id(), caller.userId(), ParticipantRole.OWNER, now);
        em.persist(owner);
        List<Participant> members = others.stream()
                .map(userId -> new Participant(room.id(), userId, ParticipantRole.MEMBER, now))
                .toList();
        members.forEach(em::persist);
        RoomAnnouncements.Announcement created = announcements.announce(room, caller.userId(),
                caller.username() + " created the room");
        owner.markRead(created.seq(), created.messageId());
        members.forEach(member -> member.markRead(created.seq(), created.messageId()));
        return detailsOf(room);
    }

    /**
     * Joins the caller to a room they can see. Joining twice is harmless. Serialised on the room's
     * row lock, so a room never admits more than {@code maxMembers}.
     */
    @RequiresPermission(Permission.CHATS_READ)
    public RoomView join(Caller caller, String roomId) {
        RoomContext context = access.visibleLocked(caller, roomId);
        Room room = context.room();
        if (context.participant().isPresent()) {
            return detailsOf(room);
        }
        boolean isDirect = room.type() == RoomType.DIRECT;
        if (isDirect && !DirectRooms.isMember(room.directKey(), caller.userId())) {
            throw new ChatException(ErrorCode.JOIN_ROOM_FAILED, "Nobody else can join a DIRECT room");
        }
        if (room.isPrivate() && !isDirect && !caller.can(Permission.CHATS_JOIN_PRIVATE)) {
            throw new ChatException(ErrorCode.JOIN_ROOM_FAILED, "Joining a private room needs chats:join_private");
        }
        Instant now = Clock.now();
        if (isDirect && !room.isActive()) {
            room.setActive(true, now);
        }
        access.requireActive(room);
        Ban ban = em.find(Ban.class, RoomUserKey.of(room.id(), caller.userId()));
        if (ban != null && ban.isInForce(now)) {
            throw new ChatException(ErrorCode.JOIN_ROOM_FAILED, "You are banned from this room");
        }
        if (queries.participantCount(room.id()) >= room.maxMembers()) {
            throw new ChatException(ErrorCode.JOIN_ROOM_FAILED, "The room is full");
        }
        memberships.admit(room, caller.userId(), ParticipantRole.MEMBER, caller.userId(),
                caller.username() + " joined the room");
        return detailsOf(room);
    }

    /**
     * Ends the caller's membership. An OWNER hands the room to the longest-standing ADMIN, else the
     * longest-standing remaining member; the last one out deactivates the room.
     */
    public void leave(Caller caller, String roomId) {
        RoomContext context = access.visibleLocked(caller, roomId);
        Room room = context.room();
        Participant leaving = access.requireParticipant(context);
        em.remove(leaving);
        em.flush();
        announcements.announce(room, caller.userId(), caller.username() + " left the room");
        List<Participant> remaining = em.createQuery(
                        "SELECT p FROM Participant p WHERE p.roomId = :room ORDER BY p.joinedAt, p.userId",
                        Participant.class)
                .setParameter("room", room.id())
                .getResultList();
        Instant now = Clock.now();
        if (remaining.isEmpty()) {
            room.setActive(false, now);
        } else if (leaving.role() == ParticipantRole.OWNER) {
            Participant heir = ParticipantRules.heirOf(remaining);
            heir.changeRole(ParticipantRole.OWNER);
            users.find(heir.userId()).ifPresent(user ->
                    announcements.announce(room, heir.userId(), user.username() + " is now the owner"));
        }
        membershipChanged.fire(new MembershipChanged(room.id(), caller.userId(), MembershipChanged.Kind.LEFT, null));
    }

    /**
     * Changes a room's settings ({@code chats:update} and room ADMIN or OWNER). A deactivated room
     * takes no edit but the one that reactivates it.
     */
    @RequiresPermission(Permission.CHATS_UPDATE)
    public RoomView update(Caller caller, String roomId, @NotNull @Valid UpdateRoomCommand command) {
        RoomContext context = access.visibleLocked(caller, roomId);
        context.requireActingRole(ParticipantRole.ADMIN);
        Room room = context.room();
        if (!room.isActive() && !Boolean.TRUE.equals(command.isActive())) {
            access.requireActive(room);
        }
        List<String> changed = new RoomSettings(room, command, queries.participantCount(room.id())).apply(Clock.now());
        if (!changed.isEmpty()) {
            announcements.announce(room, caller.userId(), caller.username() + " changed the room's "
                    + String.join(", ", changed));
            audit.record(caller.userId(), AuditAction.ROOM_UPDATED, AuditTarget.room(room.id()),
                    String.join(", ", changed));
            roomUpdated.fire(new RoomUpdated(queries.view(room)));
        }
        return detailsOf(room);
    }

    /** Deletes a room for good, with its participants, messages and bans ({@code chats:delete}). */
    @RequiresPermission(Permission.CHATS_DELETE)
    public void delete(Caller caller, String roomId) {
        Room room = access.visibleLocked(caller, roomId).room();
        em.remove(room);
        em.flush();
        audit.record(caller.userId(), AuditAction.ROOM_DELETED, AuditTarget.room(room.id()),
                room.type() + (room.name() == null ? "" : " '" + room.name() + "'"));
        roomDeleted.fire(new RoomDeleted(room.id()));
    }

    private RoomView detailsOf(Room room) {
        return queries.view(room).withParticipants(queries.participants(room.id()));
    }

    private boolean mayCreateChannels(Caller caller) {
        Set<GlobalRole> beyondClient = EnumSet.noneOf(GlobalRole.class);
        beyondClient.addAll(caller.roles());
        beyondClient.remove(GlobalRole.CLIENT);
        return rolePermissions.of(beyondClient).contains(Permission.CHATS_CREATE);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** The room and whether this call created it (201) or found it (200). */
    public record CreatedRoom(RoomView chatRoom, boolean created) {
    }
}
