package com.arizon.chat.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final String BALANCER = "10.0.0.2";
    private final TrustedProxies behindBalancer = new TrustedProxies(Optional.of(BALANCER + ", 10.0.0.3"));

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        TrustedProxies none = new TrustedProxies(Optional.empty());
        assertThat(none.clientAddress(BALANCER, List.of("203.0.113.9"))).isEqualTo(BALANCER);
        assertThat(new TrustedProxies(Optional.of(" , ")).clientAddress(BALANCER, List.of("203.0.113.9")))
                .isEqualTo(BALANCER);
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeaderSays() {
        assertThat(behindBalancer.clientAddress("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void fromATrustedProxyTheClientIsTheAddressItForwards() {
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void theRightMostUntrustedAddressWinsSoAClientCannotPlantOne() {
        // The client sent "X-Forwarded-For: 192.0.2.1"; the balancer appended the address it saw.
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("192.0.2.1, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
        // HAProxy adds a header of its own after the client's rather than appending to it.
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("192.0.2.1", "203.0.113.9")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void trustedProxiesInTheChainAreSkipped() {
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("192.0.2.1, 203.0.113.9, 10.0.0.3")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfTrustedProxiesOnlyEndsAtTheLeftMost() {
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("10.0.0.3"))).isEqualTo("10.0.0.3");
    }

    @Test
    void withoutAHeaderTheProxyItselfIsTheClient() {
        assertThat(behindBalancer.clientAddress(BALANCER, List.of())).isEqualTo(BALANCER);
        assertThat(behindBalancer.clientAddress(BALANCER, List.of(" , "))).isEqualTo(BALANCER);
    }

    @Test
    void somethingThatIsNoAddressStopsTheWalkAtTheLastHopKnown() {
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("203.0.113.9, unknown"))).isEqualTo(BALANCER);
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("203.0.113.9:4711"))).isEqualTo(BALANCER);
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("evil.example, 10.0.0.3"))).isEqualTo("10.0.0.3");
        assertThat(behindBalancer.clientAddress(BALANCER, List.of("256.1.1.1"))).isEqualTo(BALANCER);
    }

    @Test
    void ipv6AddressesAreComparedAndReportedInOneForm() {
        TrustedProxies loopback = new TrustedProxies(Optional.of("::1"));
        assertThat(loopback.clientAddress("0:0:0:0:0:0:0:1", List.of("2001:DB8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(loopback.clientAddress("::1", List.of("::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void hostNamesAreNeverResolved() {
        assertThat(TrustedProxies.literal("localhost")).isEmpty();
        assertThat(TrustedProxies.literal("1.2.3")).isEmpty();
        assertThat(new TrustedProxies(Optional.of("localhost")).clientAddress("127.0.0.1", List.of("203.0.113.9")))
                .as("a host name in the setting trusts nobody").isEqualTo("127.0.0.1");
    }
}
