package com.arizon.chat.room.control;

import com.arizon.chat.platform.Clock;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.user.control.Presence;
import com.arizon.chat.user.control.Users;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Membership changes of a room whose row lock the caller holds: each one is announced by a SYSTEM
 * message in the room and by a {@link MembershipChanged} event after commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAnnouncements announcements;

    @Inject
    Users users;

    @Inject
    Presence presence;

    @Inject
    Event<MembershipChanged> membershipChanged;

    /**
     * Makes the user a participant with the role. Their read marker starts after the announcement
     * of their own arrival, so a new member has nothing unread (contract 8.16).
     */
    public Participant admit(Room lockedRoom, String userId, ParticipantRole role, String actorId,
            String announcement) {
        Participant participant = new Participant(lockedRoom.id(), userId, role, Clock.now());
        em.persist(participant);
        RoomAnnouncements.Announcement announced = announcements.announce(lockedRoom, actorId, announcement);
        participant.markRead(announced.seq(), announced.messageId());
        membershipChanged.fire(new MembershipChanged(lockedRoom.id(), userId, MembershipChanged.Kind.JOINED,
                view(participant)));
        return participant;
    }

    /** Ends a membership that someone else ended: a kick or a ban. */
    public void expel(Room lockedRoom, Participant participant, String actorId, String announcement) {
        em.remove(participant);
        em.flush();
        announcements.announce(lockedRoom, actorId, announcement);
        membershipChanged.fire(new MembershipChanged(lockedRoom.id(), participant.userId(),
                MembershipChanged.Kind.REMOVED, null));
    }

    /** Announces a change already made to the participant (role, mute). */
    public void changed(Room lockedRoom, Participant participant, String actorId, String announcement) {
        announcements.announce(lockedRoom, actorId, announcement);
        membershipChanged.fire(new MembershipChanged(lockedRoom.id(), participant.userId(),
                MembershipChanged.Kind.UPDATED, view(participant)));
    }

    /** A SYSTEM message about the room's membership that changes no participant (e.g. a lifted ban). */
    public void announce(Room lockedRoom, String actorId, String announcement) {
        announcements.announce(lockedRoom, actorId, announcement);
    }

    public ParticipantView view(Participant participant) {
        User user = users.find(participant.userId()).orElseThrow();
        return ParticipantView.of(participant, user, presence.isOnline(user.id()));
    }

    /** The name a SYSTEM message calls a user by. */
    public String nameOf(String userId) {
        return users.find(userId).map(User::username).orElse(userId);
    }
}
