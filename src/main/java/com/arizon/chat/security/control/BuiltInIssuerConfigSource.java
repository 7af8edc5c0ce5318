package com.arizon.chat.security.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Feeds MicroProfile JWT the built-in issuer's public key and name when no external issuer is
 * configured. Its low ordinal lets every other source (environment, system properties,
 * microprofile-config.properties) override it.
 */
public class BuiltInIssuerConfigSource implements ConfigSource {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String ISSUER = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return IssuerMode.isExternal() ? Set.of() : Set.of(PUBLIC_KEY, ISSUER);
    }

    @Override
    public Map<String, String> getProperties() {
        return IssuerMode.isExternal()
                ? Map.of()
                : Map.of(PUBLIC_KEY, SigningKeys.publicKeyPem(), ISSUER, IssuerMode.issuer());
    }

    @Override
    public String getValue(String propertyName) {
        if (IssuerMode.isExternal()) {
            return null;
        }
        return switch (propertyName) {
            case PUBLIC_KEY -> SigningKeys.publicKeyPem();
            case ISSUER -> IssuerMode.issuer();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "arizon-chat-built-in-issuer";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
