package io.eventboard.rest.auth;

import io.eventboard.application.account.Session;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.account.logout.LogOut;
import io.eventboard.application.account.refresh.RefreshSession;
import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.account.AccountView;
import io.eventboard.rest.auth.AuthDtos.LoginRequest;
import io.eventboard.rest.auth.AuthDtos.RefreshRequest;
import io.eventboard.rest.auth.AuthDtos.RegisterRequest;
import io.eventboard.rest.auth.AuthDtos.TokenResponse;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.AccessTokens;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;

/** Accounts and sessions: register, log in, refresh (rotating the refresh token), log out. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.AUTH)
public class AuthController {

    private final RegisterUser registerUser;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final AccessTokens accessTokens;

    public AuthController(RegisterUser registerUser, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
                          AccessTokens accessTokens) {
        this.registerUser = registerUser;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.accessTokens = accessTokens;
    }

    @Post("/register")
    @Operation(operationId = "register", summary = "Open an account",
            description = "Anyone may register; the new account has the role user.")
    @ApiResponse(responseCode = "201", description = "The new account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @ApiResponse(responseCode = "400", description = "An invalid, unknown or mistyped field (validation), or a "
            + "body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The username or email is taken, ignoring case (account.taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many attempts from this client address "
            + "(request.rate-limited); Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> register(@Body RegisterRequest request) {
        return Problems.respond(registerUser.register(
                        new RegisterUser.Command(request.username(), request.email(), request.password(), null)),
                account -> HttpResponse.created(AccountView.of(account)));
    }

    @Post("/login")
    @Operation(operationId = "login", summary = "Log in",
            description = "Trades username (any case) and password for an access token and a refresh token.")
    @ApiResponse(responseCode = "200", description = "A new session",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "An unknown field, or a body that is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Wrong username or password, or the account is disabled "
            + "(auth.invalid-credentials)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many attempts from this client address "
            + "(request.rate-limited); Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> login(@Body LoginRequest request) {
        return Problems.respond(logIn.logIn(new LogIn.Command(request.username(), request.password())),
                session -> HttpResponse.ok(tokens(session)));
    }

    @Post("/token/refresh")
    @Operation(operationId = "refreshToken", summary = "Refresh the session",
            description = "Trades a refresh token for new tokens. The refresh token works once: afterwards it is "
                    + "refused, so keep the new one.")
    @ApiResponse(responseCode = "200", description = "New tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "An unknown field, or a body that is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "The refresh token is unknown, expired, already used or "
            + "revoked (auth.invalid-refresh-token)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> refresh(@Body RefreshRequest request) {
        return Problems.respond(refreshSession.refresh(request.refreshToken()),
                session -> HttpResponse.ok(tokens(session)));
    }

    @Post("/logout")
    @Operation(operationId = "logout", summary = "Log out",
            description = "Revokes the refresh token on every server. Access tokens cannot be revoked; they "
                    + "expire on their own. Logging out twice is harmless.")
    @ApiResponse(responseCode = "204", description = "The refresh token no longer works")
    @ApiResponse(responseCode = "400", description = "An unknown field, or a body that is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> logout(@Body RefreshRequest request) {
        logOut.logOut(request.refreshToken());
        return HttpResponse.noContent();
    }

    private TokenResponse tokens(Session session) {
        UserAccount account = session.account();
        return new TokenResponse(accessTokens.issue(account), session.refreshToken(), "Bearer",
                accessTokens.lifetimeSeconds(), account.username(), account.role().name().toLowerCase(Locale.ROOT));
    }
}
