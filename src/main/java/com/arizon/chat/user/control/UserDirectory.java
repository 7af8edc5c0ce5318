package com.arizon.chat.user.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.text.CleanText;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RequiresPermission;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Finding people by username, to invite them into rooms. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    /** The most a search answers: enough to pick from, too few to page through everyone. */
    public static final int MAX_RESULTS = 20;
    public static final int MAX_PREFIX_LENGTH = 100;

    private static final char LIKE_ESCAPE = '\\';

    @PersistenceContext
    EntityManager em;

    /**
     * Users whose username starts with {@code prefix}, ignoring case, shortest first (so an exact
     * match leads), then alphabetical; at most {@link #MAX_RESULTS}.
     */
    @RequiresPermission(Permission.CHATS_READ)
    public List<UserSummary> byUsernamePrefix(Caller caller, String prefix) {
        String wanted = requireValidPrefix(prefix).toLowerCase(Locale.ROOT);
        return em.createQuery("SELECT u FROM User u WHERE LOWER(u.username) LIKE :pattern ESCAPE '\\' "
                        + "ORDER BY LENGTH(u.username), LOWER(u.username), u.id", User.class)
                .setParameter("pattern", escapeLike(wanted) + "%")
                .setMaxResults(MAX_RESULTS)
                .getResultStream()
                .map(UserSummary::of)
                .toList();
    }

    private static String requireValidPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw ChatException.validation("username", "is required");
        }
        String stripped = prefix.strip();
        if (!CleanText.isClean(stripped)) {
            throw ChatException.validation("username", "holds characters that are not allowed");
        }
        if (CleanText.codePoints(stripped) > MAX_PREFIX_LENGTH) {
            throw ChatException.validation("username", "must be at most " + MAX_PREFIX_LENGTH + " characters");
        }
        return stripped;
    }

    /** Usernames may hold LIKE's wildcards (an underscore is common): they match only themselves. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
