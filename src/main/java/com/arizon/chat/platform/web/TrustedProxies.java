package com.arizon.chat.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, for what is counted per address (the REST limit before sign-in, the
 * login throttle). Behind a load balancer every request comes from the balancer, so the balancers
 * listed in {@code CHAT_TRUSTED_PROXIES} (a comma list of IP addresses; none by default) are taken
 * at their word: from one of them, the client is the right-most {@code X-Forwarded-For} address that
 * is not itself a trusted proxy. The header of any other peer is ignored, since a client can send
 * whatever it likes there; a trusted proxy's header is read only as far back as it and the trusted
 * proxies before it wrote it.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Starts like an IPv6 literal, so that {@link InetAddress#getByName} parses it and never asks DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<InetAddress> trusted;

    @Inject
    public TrustedProxies(@ConfigProperty(name = "CHAT_TRUSTED_PROXIES") Optional<String> configured) {
        this.trusted = configured.map(list -> Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::configuredAddress)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    protected TrustedProxies() {
        this.trusted = Set.of();
    }

    /** The address of the client that sent {@code request}. */
    public String clientAddressOf(HttpServletRequest request) {
        if (trusted.isEmpty()) {
            return request.getRemoteAddr();
        }
        return clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /**
     * @param peer the address the connection came from
     * @param forwardedFor the {@code X-Forwarded-For} header's values, in the order received
     */
    String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> hop = literal(peer);
        if (hop.isEmpty() || !trusted.contains(hop.get())) {
            return peer;
        }
        List<String> entries = new ArrayList<>();
        forwardedFor.forEach(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(entry -> !entry.isEmpty()).forEach(entries::add));
        String client = hop.get().getHostAddress();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Optional<InetAddress> entry = literal(entries.get(i));
            if (entry.isEmpty()) {
                // Not an address (a port, "unknown", junk): what is left of it cannot be placed.
                return client;
            }
            client = entry.get().getHostAddress();
            if (!trusted.contains(entry.get())) {
                return client;
            }
        }
        return client;
    }

    private static Optional<InetAddress> configuredAddress(String entry) {
        Optional<InetAddress> address = literal(entry);
        if (address.isEmpty()) {
            LOG.warning(() -> "CHAT_TRUSTED_PROXIES: '" + entry + "' is not an IP address; not trusted");
        }
        return address;
    }

    /** An IPv4 or IPv6 address written as such; never a host name, which would need DNS. */
    static Optional<InetAddress> literal(String text) {
        try {
            Matcher ipv4 = IPV4.matcher(text);
            if (ipv4.matches()) {
                byte[] octets = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(ipv4.group(i + 1));
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    octets[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(octets));
            }
            if (IPV6.matcher(text).matches()) {
                return Optional.of(InetAddress.getByName(text));
            }
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
