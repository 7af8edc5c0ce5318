package com.arizon.chat.room.control;

/**
 * A DIRECT room's key names its two users, in order, so the database keeps one room per pair. The
 * first id is length-prefixed because user ids are opaque and may contain any separator.
 */
public final class DirectRooms {

    private DirectRooms() {
    }

    public static String key(String userA, String userB) {
        String first = userA.compareTo(userB) < 0 ? userA : userB;
        String second = first.equals(userA) ? userB : userA;
        return first.length() + ":" + first + second;
    }

    public static boolean isMember(String directKey, String userId) {
        if (directKey == null) {
            return false;
        }
        int colon = directKey.indexOf(':');
        int firstLength = Integer.parseInt(directKey.substring(0, colon));
        String first = directKey.substring(colon + 1, colon + 1 + firstLength);
        String second = directKey.substring(colon + 1 + firstLength);
        return first.equals(userId) || second.equals(userId);
    }
}
