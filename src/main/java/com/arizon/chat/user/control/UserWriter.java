package com.arizon.chat.user.control;

import com.arizon.chat.security.control.UserProfile;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes a user row in its own transaction, so a failed insert never poisons the caller's. */
@ApplicationScoped
public class UserWriter {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void upsert(UserProfile profile, Instant now) {
        User user = em.find(User.class, profile.id());
        if (user == null) {
            em.persist(new User(profile, now));
        } else if (!user.profile().equals(profile)) {
            user.apply(profile, now);
        }
    }
}
