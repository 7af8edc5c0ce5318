package com.arizon.chat.user.control;

import com.arizon.chat.security.control.UserProfile;
import com.arizon.chat.security.control.UserRecords;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The users table behind security's {@link UserRecords}. */
@ApplicationScoped
public class UserTable implements UserRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserProvisioning provisioning;

    @Override
    public void provision(UserProfile profile) {
        provisioning.provision(profile);
    }

    @Override
    public void insert(UserProfile profile, Instant now) {
        em.persist(new User(profile, now));
    }

    @Override
    public UserProfile profileOf(String userId) {
        return em.find(User.class, userId).profile();
    }
}
