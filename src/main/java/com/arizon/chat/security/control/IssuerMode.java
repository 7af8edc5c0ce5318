package com.arizon.chat.security.control;

/**
 * External issuer (a verification key is configured) or the built-in one (the server signs its own
 * tokens). Read straight from the environment and system properties, because the MicroProfile
 * Config source that feeds the built-in key to MP JWT must decide before any config exists.
 */
public final class IssuerMode {

    public static final String BUILT_IN_ISSUER = "arizon-chat";

    private IssuerMode() {
    }

    public static boolean isExternal() {
        return isSet("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location")
                || isSet("MP_JWT_VERIFY_PUBLICKEY", "mp.jwt.verify.publickey");
    }

    /** The issuer tokens must carry: configured, or the built-in issuer's name. */
    public static String issuer() {
        String configured = value("MP_JWT_VERIFY_ISSUER", "mp.jwt.verify.issuer");
        return configured != null ? configured : BUILT_IN_ISSUER;
    }

    private static boolean isSet(String environmentName, String propertyName) {
        return value(environmentName, propertyName) != null;
    }

    private static String value(String environmentName, String propertyName) {
        String value = System.getProperty(propertyName);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
