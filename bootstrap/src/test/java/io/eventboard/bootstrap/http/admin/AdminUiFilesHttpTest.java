package io.eventboard.bootstrap.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The admin panel's files: served to anyone from the jar, with a strict content security policy. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUiFilesHttpTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(client, json);
    }

    @Test
    void thePanelIsServedAtSlashAdminWithoutAToken() {
        for (String path : new String[] {"/admin", "/admin/"}) {
            Answer page = http.get(path);

            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.raw()).contains("<script type=\"module\" src=\"/admin/js/app.js\"></script>")
                    .doesNotContain("<script>").doesNotContain("style=");
        }
        Answer script = http.get("/admin/js/app.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).isEqualTo("application/javascript");
        assertThat(http.get("/admin/admin.css").contentType()).startsWith("text/css");
        assertThat(http.get("/admin/js/no-such-file.js").status()).isEqualTo(404);
    }

    @Test
    void everyFileOfThePanelCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/admin", "/admin/js/api.js", "/admin/admin.css"}) {
            Answer answer = http.get(path);

            assertThat(answer.headers().get("Content-Security-Policy")).as(path)
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                            "frame-ancestors 'none'", "base-uri 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.headers().get("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.headers().get("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void theApiItselfIsLeftAsItWas() {
        Answer info = http.get("/");

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.headers().get("Content-Security-Policy")).isNull();
    }
}
