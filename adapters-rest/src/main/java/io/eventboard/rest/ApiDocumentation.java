package io.eventboard.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the OpenAPI document that the build writes to {@code META-INF/swagger/eventboard.yml} (served at
 * {@code /swagger/eventboard.yml}, with Swagger UI at {@code /swagger-ui} and ReDoc at {@code /redoc}).
 * Controllers document their operations themselves; protected ones name {@link #BEARER}.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Eventboard",
                version = "${eventboard.version}",
                description = """
                        Publish events, book seats, rate them, get notified.

                        JSON field names are snake_case; instants are ISO-8601 UTC ('2030-01-31T18:00:00Z').
                        Log in at POST /api/auth/login and send the access token as 'Authorization: Bearer <token>'.
                        Access tokens are short-lived (15 minutes by default); trade the refresh token at
                        POST /api/auth/token/refresh for new ones.
                        Every error is an RFC 9457 problem document (application/problem+json) with a stable
                        'code' to switch on and, for invalid input, 'errors' naming each field."""),
        tags = {
                @Tag(name = ApiDocumentation.AUTH, description = "Accounts and sessions"),
                @Tag(name = ApiDocumentation.ACCOUNTS, description = "The caller's own account"),
                @Tag(name = ApiDocumentation.EVENTS, description = "Browse, announce, edit, delete and cancel events"),
                @Tag(name = ApiDocumentation.BOOKINGS, description = "Book a seat, give it back, rate the event "
                        + "afterwards, read its ratings"),
                @Tag(name = ApiDocumentation.NOTIFICATIONS, description = "Direct messages, the inbox, delivery "
                        + "state and notification preferences"),
                @Tag(name = ApiDocumentation.CATALOG, description = "Tags, venues and channels: anyone reads them, "
                        + "admins write them"),
                @Tag(name = ApiDocumentation.ADMIN, description = "Administration; admins only"),
                @Tag(name = ApiDocumentation.OPERATIONS, description = "Trigger the background work by hand (status "
                        + "sweep, reminders) and look at what is due; service tokens with scope ops only"),
                @Tag(name = ApiDocumentation.SERVICE, description = "Service information and health")
        })
@SecurityScheme(
        name = ApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "The access_token from POST /api/auth/login or /api/auth/token/refresh (HS256 JWT), or a "
                + "service token (ebst_...) that an admin created at POST /api/admin/service-tokens.")
public final class ApiDocumentation {

    /** The name of the security scheme that protected operations require. */
    public static final String BEARER = "bearerAuth";

    public static final String AUTH = "Auth";
    public static final String ACCOUNTS = "Accounts";
    public static final String EVENTS = "Events";
    public static final String BOOKINGS = "Bookings and ratings";
    public static final String CATALOG = "Catalog";
    public static final String NOTIFICATIONS = "Notifications";
    public static final String ADMIN = "Admin";
    public static final String OPERATIONS = "Operations";
    public static final String SERVICE = "Service";

    private ApiDocumentation() {
    }
}
