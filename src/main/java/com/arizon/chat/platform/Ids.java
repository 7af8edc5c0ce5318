package com.arizon.chat.platform;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** Opaque, time-ordered ids (UUID version 7) for every row the application creates. */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static String next() {
        return GENERATOR.generate().toString();
    }
}
