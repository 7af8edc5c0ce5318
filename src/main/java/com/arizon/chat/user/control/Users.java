package com.arizon.chat.user.control;

import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads of the users table. */
@ApplicationScoped
public class Users {

    @PersistenceContext
    EntityManager em;

    public Optional<User> find(String id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public List<User> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() == 1) {
            // By key: served from the persistence context or cache when it can, and no query means no
            // flush of the caller's pending writes (a new message's view asks for its sender alone).
            return find(ids.iterator().next()).map(List::of).orElse(List.of());
        }
        return em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
