package com.arizon.chat.platform.database;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Base of the multi-column primary keys ({@code @IdClass}). JPA sets key fields reflectively, which
 * rules out records; subclasses only list their columns' values.
 */
public abstract class CompositeKey implements Serializable {

    protected abstract Object[] components();

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && Arrays.equals(components(), ((CompositeKey) other).components());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(components());
    }
}
