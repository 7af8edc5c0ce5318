package com.arizon.chat.room.control;

import com.arizon.chat.moderation.control.AuditAction;
import com.arizon.chat.moderation.control.AuditLog;
import com.arizon.chat.moderation.control.AuditTarget;
import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.entity.Ban;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import com.arizon.chat.room.entity.RoomUserKey;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RequiresPermission;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A room's participants: listing, adding, changing role or mute, kicking and banning, under the
 * rules of {@link ParticipantRules}. Every change holds the room's row lock, posts a SYSTEM message
 * and fires {@link MembershipChanged}; moderation actions are audited. The list is read without a
 * transaction of its own, as {@link RoomService}'s reads.
 */
@ApplicationScoped
@Transactional
public class ParticipantService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAccess access;

    @Inject
    RoomQueries queries;

    @Inject
    Memberships memberships;

    @Inject
    KnownUsers knownUsers;

    @Inject
    RoomService rooms;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    @RequiresPermission(Permission.CHATS_READ)
    public List<ParticipantView> list(Caller caller, String roomId) {
        return queries.participants(access.visible(caller, roomId).room().id());
    }

    /**
     * Adds users (those already in stay as they are) and answers the member list. Users banned from
     * the room must have their ban lifted first.
     */
    @RequiresPermission(Permission.CHATS_READ)
    public List<ParticipantView> add(Caller caller, String roomId, @NotNull @Valid AddParticipantsCommand command) {
        RoomContext context = access.visibleLocked(caller, roomId);
        ParticipantRules.requireMayManage(context.actingRole(), caller.can(Permission.CHATS_MODERATE));
        ParticipantRole role = command.role() == null ? ParticipantRole.MEMBER
                : ParticipantRole.valueOf(command.role());
        ParticipantRules.requireMayGrant(context.actingRole(), role);
        Room room = context.room();
        access.requireActive(room);
        Map<String, User> users = knownUsers.require(new LinkedHashSet<>(command.userIds()));
        List<User> newcomers = new ArrayList<>();
        Instant now = Clock.now();
        for (User user : users.values()) {
            if (access.membership(room.id(), user.id()).isPresent()) {
                continue;
            }
            if (room.type() == RoomType.DIRECT && !DirectRooms.isMember(room.directKey(), user.id())) {
                throw new ChatException(ErrorCode.INVALID_PARTICIPANTS, "A DIRECT room holds its two users only");
            }
            if (activeBan(room.id(), user.id(), now).isPresent()) {
                throw new ChatException(ErrorCode.INVALID_PARTICIPANTS, user.username()
                        + " is banned from this room; lift the ban first");
            }
            newcomers.add(user);
        }
        long count = queries.participantCount(room.id());
        if (count + newcomers.size() > room.maxMembers()) {
            throw new ChatException(ErrorCode.INVALID_PARTICIPANTS, "The room holds " + room.maxMembers()
                    + " members; it has " + count + " and " + newcomers.size() + " would join");
        }
        for (User user : newcomers) {
            memberships.admit(room, user.id(), role, caller.userId(), caller.username() + " added "
                    + user.username() + (role == ParticipantRole.MEMBER ? "" : " as " + role));
        }
        return queries.participants(room.id());
    }

    /** Changes a participant's room role and/or mute; answers the participant as they are now. */
    @RequiresPermission(Permission.CHATS_READ)
    public ParticipantView update(Caller caller, String roomId, String userId,
            @NotNull @Valid UpdateParticipantCommand command) {
        if (command.isEmpty()) {
            throw ChatException.validation("body", "give role and/or mutedUntil");
        }
        RoomContext context = access.visibleLocked(caller, roomId);
        Room room = context.room();
        access.requireActive(room);
        Participant target = requireTarget(room, userId);
        if (command.has("role")) {
            changeRole(caller, context, target, command.role());
        }
        if (command.has("mutedUntil")) {
            mute(caller, context, target, command.mutedUntil());
        }
        return memberships.view(target);
    }

    private void changeRole(Caller caller, RoomContext context, Participant target, String roleName) {
        if (roleName == null) {
            throw ChatException.validation("role", "must not be null");
        }
        ParticipantRole role = ParticipantRole.valueOf(roleName);
        ParticipantRules.requireMayManage(context.actingRole(), caller.can(Permission.CHATS_MODERATE));
        ParticipantRules.requireMayGrant(context.actingRole(), role);
        ParticipantRules.requireMayActOn(context.actingRole(), target.role(), "given another role");
        if (target.role() == role) {
            return;
        }
        Room room = context.room();
        ParticipantRole previous = target.role();
        if (role == ParticipantRole.OWNER) {
            Participant owner = access.requireParticipant(context);
            owner.changeRole(ParticipantRole.ADMIN);
            memberships.changed(room, owner, caller.userId(), caller.username() + " is now an ADMIN");
        }
        target.changeRole(role);
        String name = memberships.nameOf(target.userId());
        memberships.changed(room, target, caller.userId(), role == ParticipantRole.OWNER
                ? caller.username() + " handed the room over to " + name
                : caller.username() + " made " + name + " " + role);
        audit.record(caller.userId(), AuditAction.ROLE_CHANGED, AuditTarget.user(room.id(), target.userId()),
                previous + " -> " + role);
    }

    private void mute(Caller caller, RoomContext context, Participant target, Instant until) {
        ParticipantRules.requireMayMute(context.actingRole());
        ParticipantRules.requireMayActOn(context.actingRole(), target.role(), "muted");
        Instant now = Clock.now();
        if (until != null && !until.isAfter(now)) {
            throw ChatException.validation("mutedUntil", "must be in the future; null lifts the mute");
        }
        target.muteUntil(until);
        Room room = context.room();
        String name = memberships.nameOf(target.userId());
        memberships.changed(room, target, caller.userId(), until == null
                ? caller.username() + " unmuted " + name
                : caller.username() + " muted " + name + " until " + until);
        audit.record(caller.userId(), until == null ? AuditAction.PARTICIPANT_UNMUTED : AuditAction.PARTICIPANT_MUTED,
                AuditTarget.user(room.id(), target.userId()), until == null ? null : "until " + until);
    }

    /** Kicks a participant; removing oneself is leaving. */
    @RequiresPermission(Permission.CHATS_READ)
    public void remove(Caller caller, String roomId, String userId) {
        if (caller.userId().equals(userId)) {
            rooms.leave(caller, roomId);
            return;
        }
        RoomContext context = access.visibleLocked(caller, roomId);
        Room room = context.room();
        access.requireActive(room);
        ParticipantRules.requireMayManage(context.actingRole(), caller.can(Permission.CHATS_MODERATE));
        Participant target = requireTarget(room, userId);
        ParticipantRules.requireMayActOn(context.actingRole(), target.role(), "removed");
        memberships.expel(room, target, caller.userId(), caller.username() + " removed "
                + memberships.nameOf(userId));
        audit.record(caller.userId(), AuditAction.PARTICIPANT_REMOVED, AuditTarget.user(room.id(), userId), null);
    }

    /** Bans a user, participant or not, removing them from the room; banning again replaces the ban. */
    @RequiresPermission(Permission.CHATS_READ)
    public BanView ban(Caller caller, String roomId, @NotNull @Valid BanCommand command) {
        RoomContext context = access.visibleLocked(caller, roomId);
        Room room = context.room();
        access.requireActive(room);
        ParticipantRules.requireMayManage(context.actingRole(), caller.can(Permission.CHATS_MODERATE));
        String userId = command.userId();
        if (userId.equals(caller.userId())) {
            throw ChatException.validation("userId", "you cannot ban yourself");
        }
        knownUsers.require(List.of(userId));
        Optional<Participant> target = access.membership(room.id(), userId);
        ParticipantRules.requireMayActOn(context.actingRole(),
                target.map(Participant::role).orElse(ParticipantRole.MEMBER), "banned");
        Instant now = Clock.now();
        if (command.until() != null && !command.until().isAfter(now)) {
            throw ChatException.validation("until", "must be in the future; leave it out for a ban without end");
        }
        String reason = command.reason().strip();
        Ban ban = em.find(Ban.class, RoomUserKey.of(room.id(), userId));
        if (ban == null) {
            ban = new Ban(room.id(), userId, reason, command.until(), caller.userId(), now);
            em.persist(ban);
        } else {
            ban.renew(reason, command.until(), caller.userId(), now);
        }
        String announcement = caller.username() + " banned " + memberships.nameOf(userId);
        if (target.isPresent()) {
            memberships.expel(room, target.get(), caller.userId(), announcement);
        } else {
            memberships.announce(room, caller.userId(), announcement);
        }
        audit.record(caller.userId(), AuditAction.PARTICIPANT_BANNED, AuditTarget.user(room.id(), userId),
                "reason: " + reason + (command.until() == null ? "" : "; until " + command.until()));
        return BanView.of(ban);
    }

    /** Lifts a ban; lifting one that does not exist (or has ended) changes nothing. */
    @RequiresPermission(Permission.CHATS_READ)
    public void unban(Caller caller, String roomId, String userId) {
        RoomContext context = access.visibleLocked(caller, roomId);
        Room room = context.room();
        access.requireActive(room);
        ParticipantRules.requireMayManage(context.actingRole(), caller.can(Permission.CHATS_MODERATE));
        Ban ban = userId.length() > 128 ? null : em.find(Ban.class, RoomUserKey.of(room.id(), userId));
        if (ban == null) {
            return;
        }
        em.remove(ban);
        memberships.announce(room, caller.userId(), caller.username() + " lifted the ban on "
                + memberships.nameOf(userId));
        audit.record(caller.userId(), AuditAction.BAN_LIFTED, AuditTarget.user(room.id(), userId), null);
    }

    private Optional<Ban> activeBan(String roomId, String userId, Instant now) {
        return Optional.ofNullable(em.find(Ban.class, RoomUserKey.of(roomId, userId))).filter(ban -> ban.isInForce(now));
    }

    /** The participant a path names, or {@code NOT_FOUND}. */
    private Participant requireTarget(Room room, String userId) {
        return (userId.length() > 128 ? Optional.<Participant>empty() : access.membership(room.id(), userId))
                .orElseThrow(() -> new ChatException(ErrorCode.NOT_FOUND, "No such participant in this room"));
    }}
