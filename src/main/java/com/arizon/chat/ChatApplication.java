package com.arizon.chat;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}, authenticated by bearer tokens (security's {@code BearerTokenFilter}).
 * Each resource that needs a token names the {@link #BEARER_TOKEN} scheme itself, rather than the
 * document at its root, so that register and login, which need none, are documented without it
 * (Payara's scanner ignores an empty {@code @SecurityRequirements} meant to lift a root one).
 */
@ApplicationPath("/api")
@DeclareRoles({"CLIENT", "BUSINESS", "SUPPLIER", "SUPPORT", "ADMIN"})
@OpenAPIDefinition(
        info = @Info(title = "Arizon Chat API", version = "1.0",
                description = "Rooms, participants and messages. Every reply uses the envelope"
                        + " {success, data, message?} or {success: false, error: {code, message, details?}}.",
                license = @License(name = "Proprietary: all rights reserved")),
        tags = {
                @Tag(name = "admin", description = "Room deletion, role permissions and the audit log"),
                @Tag(name = "auth", description = "The built-in issuer's registration and login"),
                @Tag(name = "messages", description = "History, posting, edits, deletes, reactions and read receipts"),
                @Tag(name = "participants", description = "Who is in a room, with which room role; kicks and bans"),
                @Tag(name = "rooms", description = "Listing, creating, reading, changing, joining and leaving rooms"),
                @Tag(name = "users", description = "Finding people to invite")})
@SecurityScheme(securitySchemeName = ChatApplication.BEARER_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ChatApplication extends Application {

    /** The OpenAPI security scheme of the bearer token that resources require. */
    public static final String BEARER_TOKEN = "bearer";

    /**
     * Jersey's own {@code @RolesAllowed} check, on the caller the bearer token filter authenticated;
     * and answers up to 64 KiB (a page of 50 messages, a room list) buffered whole, so they go out
     * with a {@code Content-Length} in one write instead of chunked in 8 KiB pieces.
     */
    private static final Map<String, Object> PROPERTIES = Map.of(
            "jersey.config.server.provider.classnames", "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
            "jersey.config.server.contentLength.buffer", 65_536);

    @Override
    public Map<String, Object> getProperties() {
        return PROPERTIES;
    }
}
