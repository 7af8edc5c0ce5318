package com.arizon.chat;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}, authenticated by bearer tokens (security's {@code BearerTokenMechanism}). */
@ApplicationPath("/api")
@DeclareRoles({"CLIENT", "BUSINESS", "SUPPLIER", "SUPPORT", "ADMIN"})
@OpenAPIDefinition(
        info = @Info(title = "Arizon Chat API", version = "1.0",
                description = "Rooms, participants and messages. Every reply uses the envelope"
                        + " {success, data, message?} or {success: false, error: {code, message, details?}}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ChatApplication extends Application {
}
