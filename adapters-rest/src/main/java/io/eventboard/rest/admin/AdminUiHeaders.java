package io.eventboard.rest.admin;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on the admin panel's pages and files ({@code /admin}). The panel is static files that call the
 * API with a bearer token held in memory, so it needs nothing but its own origin: no inline script or style, no
 * framing (clickjacking), no referrer leaving the page. Cross-site request forgery has nothing to ride on: the API
 * reads no cookie, only the Authorization header, which another site cannot make a browser send.
 */
@ServerFilter({AdminUiHeaders.ROOT, AdminUiHeaders.ROOT + "/**"})
public class AdminUiHeaders {

    static final String ROOT = "/admin";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        response.header("Cross-Origin-Resource-Policy", "same-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        // A new server version brings new files: browsers revalidate instead of running stale modules.
        response.header("Cache-Control", "no-cache");
    }
}
