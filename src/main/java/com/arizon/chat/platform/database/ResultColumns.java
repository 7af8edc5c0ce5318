package com.arizon.chat.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The columns of one row of a native query, read left to right, with the conversions the entities'
 * mappings would make. PostgreSQL's driver and H2 hand over different Java types for the same SQL
 * type (a {@code TIMESTAMP WITH TIME ZONE} is a {@link Timestamp} from one, an
 * {@link OffsetDateTime} from the other); both are accepted.
 */
public final class ResultColumns {

    private final Object[] row;
    private int next;

    public ResultColumns(Object row) {
        this.row = (Object[]) row;
    }

    public boolean isNull() {
        return row[next] == null;
    }

    public String string() {
        return (String) row[next++];
    }

    public long number() {
        return ((Number) row[next++]).longValue();
    }

    public boolean bool() {
        return (Boolean) row[next++];
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String name = string();
        return name == null ? null : Enum.valueOf(type, name);
    }

    public Instant instant() {
        Object value = row[next++];
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
