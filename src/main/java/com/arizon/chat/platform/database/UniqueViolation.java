package com.arizon.chat.platform.database;

import java.sql.SQLException;

/** Recognises a unique-constraint violation (SQLSTATE 23505 on PostgreSQL and H2) in an exception chain. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // A batch reports its statements' failures as a chain of next exceptions.
            for (SQLException sql = cause instanceof SQLException first ? first : null; sql != null;
                    sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
