package io.eventboard.rest.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Decides routes marked {@link RequiresScope}, before {@code @Secured} is looked at: a service token with the
 * scope gets in; no token is a 401; anything else (a token without the scope, a user's JWT) is a 403, except
 * an admin's JWT when {@code eventboard.ops-allow-admin} ({@code OPS_ALLOW_ADMIN}) is true.
 */
@Singleton
public class ScopeRule implements SecurityRule<HttpRequest<?>> {

    public static final int ORDER = SecuredAnnotationRule.ORDER - 100;

    private final boolean allowAdmin;

    public ScopeRule(@Value("${eventboard.ops-allow-admin:false}") boolean allowAdmin) {
        this.allowAdmin = allowAdmin;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<AnnotationValue<RequiresScope>> required = requirement(request);
        return Mono.just(decide(required.flatMap(AnnotationValue::stringValue), authentication,
                required.flatMap(value -> value.booleanValue("admins")).orElse(false)));
    }

    SecurityRuleResult decide(Optional<String> scope, @Nullable Authentication authentication, boolean adminsToo) {
        if (scope.isEmpty()) {
            return SecurityRuleResult.UNKNOWN;
        }
        if (authentication == null) {
            return SecurityRuleResult.REJECTED;
        }
        if (ServiceCallers.grants(authentication, scope.get())) {
            return SecurityRuleResult.ALLOWED;
        }
        boolean admin = !ServiceCallers.isService(authentication) && authentication.getRoles().contains(Actors.ADMIN);
        return (allowAdmin || adminsToo) && admin ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED;
    }

    private static Optional<AnnotationValue<RequiresScope>> requirement(HttpRequest<?> request) {
        RouteMatch<?> route = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class).orElse(null);
        if (route instanceof MethodBasedRouteMatch<?, ?> method) {
            return Optional.ofNullable(method.getAnnotation(RequiresScope.class));
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
