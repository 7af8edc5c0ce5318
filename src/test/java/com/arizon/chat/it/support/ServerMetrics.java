package com.arizon.chat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a server's {@code /metrics} (Prometheus text), for tests and the benchmark. Samples
 * are looked up by name and tags; the scope is left out: Payara writes it as the tag
 * {@code mp_scope="application"} (other MicroProfile runtimes as a name prefix {@code application_},
 * which is dropped too).
 */
public final class ServerMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String SCOPE_PREFIX = "application_";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, Double> samples;

    private ServerMetrics(Map<String, Double> samples) {
        this.samples = samples;
    }

    public static ServerMetrics scrape(URI baseUri) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/metrics"))
                .header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            var response = CLIENT.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /metrics answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ServerMetrics parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find()) {
                continue;
            }
            String name = sample.group(1).startsWith(SCOPE_PREFIX)
                    ? sample.group(1).substring(SCOPE_PREFIX.length()) : sample.group(1);
            List<String> tags = new ArrayList<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    if (!label.group(1).equals("mp_scope")) {
                        tags.add(label.group(1) + "=" + label.group(2));
                    }
                }
            }
            samples.put(key(name, tags), Double.parseDouble(sample.group(3)));
        }
        return new ServerMetrics(samples);
    }

    /** The sample's value; {@code tags} are name, value pairs. Fails if the server has no such sample. */
    public double value(String name, String... tags) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < tags.length; i += 2) {
            pairs.add(tags[i] + "=" + tags[i + 1]);
        }
        String key = key(name, pairs);
        Double value = samples.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No sample " + key + " at /metrics");
        }
        return value;
    }

    /** How far the sample moved since {@code earlier}. */
    public double since(ServerMetrics earlier, String name, String... tags) {
        return value(name, tags) - earlier.value(name, tags);
    }

    private static String key(String name, List<String> tags) {
        List<String> sorted = new ArrayList<>(tags);
        Collections.sort(sorted);
        return name + sorted;
    }
}
