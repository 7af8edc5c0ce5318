package com.arizon.chat.bench;

import com.arizon.chat.it.support.ServerMetrics;
import java.net.URI;
import java.util.List;

/**
 * The server's own view of a measured window, from its {@code /metrics} scraped at the start and at
 * the end, printed under the generator's figures so that the two can be compared. Counters are the
 * window's differences; the latency quantiles are the server's own (a decaying sample of the last
 * minutes, not only the window's).
 */
final class ServerCounters {

    private static final String[] ORIGINS = {"native", "socketio", "rest"};
    private static final String[] LIMITS = {"events", "send_message", "typing", "server_busy", "rest", "login"};
    private static final double NANOS_PER_MILLI = 1e6;
    private static final String[] CLOSE_REASONS = {"client", "slow_consumer", "abuse", "heartbeat",
        "frame_too_large", "server_shutdown", "policy", "server"};

    private final String whose;
    private final URI server;
    private final ServerMetrics start;

    private ServerCounters(String whose, URI server, ServerMetrics start) {
        this.whose = whose;
        this.server = server;
        this.start = start;
    }

    /** One per instance: each counts its own. */
    static List<ServerCounters> from(BenchServers servers) {
        if (!servers.clustered()) {
            return List.of(from("the server's", servers.first().address().baseUri()));
        }
        return servers.all().stream()
                .map(instance -> from("instance " + instance.number() + "'s", instance.address().baseUri())).toList();
    }

    private static ServerCounters from(String whose, URI server) {
        return new ServerCounters(whose, server, ServerMetrics.scrape(server));
    }

    void report(double windowSeconds) {
        ServerMetrics end = ServerMetrics.scrape(server);
        double posted = 0;
        StringBuilder byOrigin = new StringBuilder();
        for (String origin : ORIGINS) {
            double count = end.since(start, "chat_messages_posted_total", "transport", origin);
            posted += count;
            byOrigin.append(String.format(" %s %,.0f", origin, count));
        }
        double deliveries = end.since(start, "chat_deliveries_total");
        Report.print("--- %s own counters over the same window (/metrics) ---", whose);
        Report.print("messages posted: %,.0f, %.0f/s (%s)", posted, posted / windowSeconds, byOrigin.toString().trim());
        Report.print("deliveries (room events queued on connections, all kinds): %,.0f, %.0f/s", deliveries,
                deliveries / windowSeconds);
        Report.print("RATE_LIMITED by limit: %s", nonZero(end, "chat_rate_limited_total", "limit", LIMITS));
        Report.print("connections closed by reason: %s", nonZero(end, "chat_connections_closed_total", "reason",
                CLOSE_REASONS));
        Report.print("send -> message_sent on the server (arrival to commit): %s",
                quantiles(end, "chat_send_to_commit_seconds"));
        Report.print("commit -> pushed to every subscriber: %s", quantiles(end, "chat_commit_to_push_seconds"));
        Report.print("outbound queues now: deepest %,.0f, all %,.0f", end.value("chat_outbound_queue_depth_max"),
                end.value("chat_outbound_queue_depth_total"));
    }

    private String nonZero(ServerMetrics end, String name, String tag, String[] values) {
        StringBuilder counts = new StringBuilder();
        for (String value : values) {
            double count = end.since(start, name, tag, value);
            if (count > 0) {
                counts.append(String.format("%s%s %,.0f", counts.length() == 0 ? "" : ", ", value, count));
            }
        }
        return counts.length() == 0 ? "none" : counts.toString();
    }

    /** Payara prints a timer's {@code _sum} in seconds but its quantiles and {@code _max} in nanoseconds. */
    private String quantiles(ServerMetrics end, String timer) {
        double count = end.since(start, timer + "_count");
        double sum = end.since(start, timer + "_sum");
        return String.format("%,.0f timed, mean %.1f ms; server's p50 %.1f ms, p99 %.1f ms, max %.1f ms", count,
                count == 0 ? 0 : sum / count * 1000, end.value(timer, "quantile", "0.5") / NANOS_PER_MILLI,
                end.value(timer, "quantile", "0.99") / NANOS_PER_MILLI, end.value(timer + "_max") / NANOS_PER_MILLI);
    }
}
