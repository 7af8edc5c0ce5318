package com.arizon.chat.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static final String OWN = "https://chat.example.com";

    @Test
    void unsetAllowsTheOwnOriginAndLocalhostOnly() {
        CorsPolicy policy = new CorsPolicy(Optional.empty());
        assertThat(policy.allows(OWN, OWN)).isTrue();
        assertThat(policy.allows("http://localhost:3000", OWN)).isTrue();
        assertThat(policy.allows("https://evil.example", OWN)).isFalse();
        assertThat(policy.allows("http://localhost.evil.example", OWN)).isFalse();
        assertThat(policy.allows(null, OWN)).as("non-browser clients send no Origin").isTrue();
    }

    @Test
    void aConfiguredListIsExact() {
        CorsPolicy policy = new CorsPolicy(Optional.of("http://localhost:3000, https://yourdomain.com/"));
        assertThat(policy.allows("https://yourdomain.com", OWN)).isTrue();
        assertThat(policy.allows("http://localhost:3000", OWN)).isTrue();
        assertThat(policy.allows("http://localhost:4000", OWN)).isFalse();
        assertThat(new CorsPolicy(Optional.of("*")).allows("https://anything.example", OWN)).isTrue();
    }
}
