package com.arizon.chat.security.control;

import java.time.Instant;

/**
 * The users table as security needs it: provisioning from verified tokens, and the built-in issuer's
 * accounts. Owned here, implemented by the user feature, so security depends on no user type.
 */
public interface UserRecords {

    /** Brings the user's row in line with a verified profile (just-in-time provisioning). */
    void provision(UserProfile profile);

    /** Inserts the row of a user the built-in issuer registers, in the caller's transaction. */
    void insert(UserProfile profile, Instant now);

    /** The profile stored in an existing user's row. */
    UserProfile profileOf(String userId);
}
