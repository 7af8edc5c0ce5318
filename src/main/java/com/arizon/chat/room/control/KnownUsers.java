package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.user.control.Users;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Users named in a request body must exist: otherwise {@code INVALID_PARTICIPANTS}, naming the unknown ones. */
@ApplicationScoped
public class KnownUsers {

    @Inject
    Users users;

    /** The users, by id, in the order given. */
    public Map<String, User> require(Collection<String> userIds) {
        Map<String, User> found = new LinkedHashMap<>();
        users.findAll(userIds).forEach(user -> found.put(user.id(), user));
        List<String> unknown = userIds.stream().filter(id -> !found.containsKey(id)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ChatException(ErrorCode.INVALID_PARTICIPANTS, "Unknown users: " + String.join(", ", unknown));
        }
        Map<String, User> ordered = new LinkedHashMap<>();
        userIds.forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }
}
