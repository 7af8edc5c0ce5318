package com.arizon.chat.security.control;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a token says about its user: the claims that provisioning copies into the users table (the user
 * feature's {@code User} row).
 */
public record UserProfile(String id, String username, String email, String firstName, String lastName,
        String avatar, Set<GlobalRole> roles) {

    /** The most each users column takes, in code points (its SQL length, V3, is twice that for H2). */
    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_USERNAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 320;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_AVATAR_LENGTH = 2048;

    public UserProfile {
        roles = roles.isEmpty() ? EnumSet.of(GlobalRole.CLIENT) : EnumSet.copyOf(roles);
    }
}
