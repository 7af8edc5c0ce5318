package com.arizon.chat.realtime.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor whose tasks run only when the test says so, on the test's thread. */
final class ManualExecutor implements Executor {

    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    void runNext() {
        tasks.remove().run();
    }

    void runAll() {
        while (!tasks.isEmpty()) {
            runNext();
        }
    }

    boolean isIdle() {
        return tasks.isEmpty();
    }
}
