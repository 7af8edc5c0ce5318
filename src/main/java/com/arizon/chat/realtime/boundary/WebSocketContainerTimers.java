package com.arizon.chat.realtime.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Logger;

/**
 * Gives the WebSocket container a plain scheduler of its own for the idle timer it re-arms on every
 * frame it receives.
 *
 * <p>Payara's Tyrus (2.1.5.payara-p2) re-arms that timer even for a session without an idle timeout,
 * as all of ours are (the heartbeats find dead peers), on Payara's default managed scheduled executor,
 * which captures the caller's context for every task by scanning the whole class path for
 * context providers. Under 2,000 frames/s that was 13% of the server's CPU, spent on the HTTP workers
 * that also answer {@code /health} and REST, queued on the class loader's lock (docs/benchmark.md). The
 * tasks of timers that are off do nothing and need no context, so a plain scheduler serves them.
 *
 * <p>Tyrus takes the executor from a field of its container, read by each session as it opens; there
 * is no setting for it, so it is replaced here, before the first session opens. On another container,
 * or another Tyrus without that field, this logs why and leaves the container as it is.
 */
@WebListener
public class WebSocketContainerTimers implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(WebSocketContainerTimers.class.getName());
    private static final String SERVER_CONTAINER = "jakarta.websocket.server.ServerContainer";
    private static final String TYRUS_SCHEDULER_FIELD = "managedScheduledExecutorService";

    @Resource
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor scheduler;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(SERVER_CONTAINER);
        Field field = container == null ? null : schedulerField(container.getClass());
        if (field == null) {
            LOG.info(() -> "The WebSocket container " + container + " keeps its own idle timers");
            return;
        }
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        scheduler.setRemoveOnCancelPolicy(true); // every frame cancels the timer the previous one set
        try {
            field.setAccessible(true);
            field.set(container, scheduler);
            LOG.fine("The WebSocket container's idle timers run on a plain scheduler");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "The WebSocket container keeps its own idle timers: " + e);
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private static Field schedulerField(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(TYRUS_SCHEDULER_FIELD) && field.getType() == ScheduledExecutorService.class) {
                    return field;
                }
            }
        }
        return null;
    }
}
