package io.eventboard.rest.security;

import io.eventboard.application.servicetoken.Scope;
import io.eventboard.application.servicetoken.ServiceToken;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** How a service token appears to the framework: name {@code service:<id>}, role SERVICE, attribute scopes. */
public final class ServiceCallers {

    public static final String SERVICE = "SERVICE";
    public static final String NAME_PREFIX = "service:";
    public static final String SCOPES = "scopes";

    private ServiceCallers() {
    }

    public static Authentication authentication(ServiceToken token) {
        List<String> scopes = token.scopes().stream().map(Scope::wireName).sorted().toList();
        return Authentication.build(NAME_PREFIX + token.id(), List.of(SERVICE),
                Map.of(SCOPES, scopes, "token_name", token.name()));
    }

    public static boolean isService(Authentication authentication) {
        return authentication.getRoles().contains(SERVICE);
    }

    public static boolean grants(Authentication authentication, String scope) {
        return isService(authentication)
                && authentication.getAttributes().get(SCOPES) instanceof Collection<?> scopes
                && scopes.contains(scope);
    }
}
