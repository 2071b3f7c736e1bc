package io.eventboard.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The controller (or method) may be called only with a service token that grants this scope; see
 * {@link ScopeRule}. Users' access tokens are refused, admins' too unless {@code OPS_ALLOW_ADMIN=true} or
 * {@link #admins()} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {

    /** The scope's wire name, such as {@code ops}. */
    String value();

    /** Whether admins' access tokens are let in too, whatever {@code OPS_ALLOW_ADMIN} says. */
    boolean admins() default false;
}
