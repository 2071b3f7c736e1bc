package io.eventboard.rest.auth;

import io.eventboard.application.account.Session;
import io.eventboard.application.account.login.LogIn;
import io.eventboard.application.account.logout.LogOut;
import io.eventboard.application.account.refresh.RefreshSession;
import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.rest.auth.AuthDtos.LoginRequest;
import io.eventboard.rest.auth.AuthDtos.RefreshRequest;
import io.eventboard.rest.auth.AuthDtos.RegisterRequest;
import io.eventboard.rest.auth.AuthDtos.TokenResponse;
import io.eventboard.rest.auth.AuthDtos.UserView;
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

/** Accounts and sessions: register, log in, refresh (rotating the refresh token), log out. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
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
    public HttpResponse<?> register(@Body RegisterRequest request) {
        return Problems.respond(registerUser.register(
                        new RegisterUser.Command(request.username(), request.email(), request.password(), null)),
                account -> HttpResponse.created(view(account)));
    }

    @Post("/login")
    public HttpResponse<?> login(@Body LoginRequest request) {
        return Problems.respond(logIn.logIn(new LogIn.Command(request.username(), request.password())),
                session -> HttpResponse.ok(tokens(session)));
    }

    @Post("/token/refresh")
    public HttpResponse<?> refresh(@Body RefreshRequest request) {
        return Problems.respond(refreshSession.refresh(request.refreshToken()),
                session -> HttpResponse.ok(tokens(session)));
    }

    @Post("/logout")
    public HttpResponse<Void> logout(@Body RefreshRequest request) {
        logOut.logOut(request.refreshToken());
        return HttpResponse.noContent();
    }

    private TokenResponse tokens(Session session) {
        UserAccount account = session.account();
        return new TokenResponse(accessTokens.issue(account), session.refreshToken(), "Bearer",
                accessTokens.lifetimeSeconds(), account.username(), account.role().name().toLowerCase());
    }

    static UserView view(UserAccount account) {
        return new UserView(account.id().value(), account.username(), account.email(),
                account.role().name().toLowerCase(), account.createdAt());
    }
}
