package io.eventboard.application.servicetoken;

/** A new token and its secret, which is shown this once and never again. */
public record IssuedServiceToken(ServiceToken token, String secret) {
}
