package com.arizon.chat.user.control;

/** Whether a user has a live connection right now; answered by the real-time layer. */
public interface Presence {

    boolean isOnline(String userId);
}
