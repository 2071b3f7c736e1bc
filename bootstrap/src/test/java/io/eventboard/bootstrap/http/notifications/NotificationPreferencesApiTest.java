package io.eventboard.bootstrap.http.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A user chooses the channels they hear on; notices then go there. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationPreferencesApiTest implements TestServer {

    private static final String PATH = "/api/me/notification-preferences";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Recipients recipients;

    private Api api;
    private String ann;

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        ann = api.userToken("ann");
    }

    private Answer put(Map<String, Object> body, String token) {
        return api.call(HttpRequest.PUT(PATH, body), token);
    }

    private static Map<String, Object> preferences(boolean email, String chat, String webhook) {
        Map<String, Object> body = new HashMap<>();
        body.put("email_enabled", email);
        body.put("telegram_chat_id", chat);
        body.put("webhook_url", webhook);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Answer answer) {
        return ((List<Map<String, Object>>) answer.body().get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    @Test
    void untilAUserChoosesEveryExternalChannelIsOff() {
        Answer answer = api.get(PATH, ann);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("email_enabled", false).containsEntry("telegram_chat_id", null)
                .containsEntry("webhook_url", null);
    }

    @Test
    void aUserChoosesChannelsAndNoticesGoThere() {
        Answer changed = put(preferences(true, "123456789", "https://93.184.216.34/hook"), ann);

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(api.get(PATH, ann).body()).containsEntry("email_enabled", true)
                .containsEntry("telegram_chat_id", "123456789")
                .containsEntry("webhook_url", "https://93.184.216.34/hook");
        UserId annId = UserId.of(api.get("/api/me", ann).field("id"));
        assertThat(recipients.of(annId)).extracting(Recipient::channel).containsExactly(DeliveryChannel.IN_APP,
                DeliveryChannel.EMAIL, DeliveryChannel.TELEGRAM, DeliveryChannel.WEBHOOK);

        put(preferences(false, null, null), ann);
        assertThat(recipients.of(annId)).extracting(Recipient::channel)
                .containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.LOG);
    }

    @Test
    void badAddressesAreRefusedNamingEachField() {
        Answer answer = put(preferences(false, "not-a-chat", "http://127.0.0.1:9000/hook"), ann);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("telegram_chat_id");
        assertThat(fields(put(preferences(false, null, "http://169.254.169.254/latest"), ann)))
                .containsExactly("webhook_url");
        assertThat(fields(put(preferences(false, null, "ftp://example.org"), ann))).containsExactly("webhook_url");
        assertThat(api.get(PATH, ann).body()).containsEntry("webhook_url", null);
    }

    @Test
    void preferencesNeedALogin() {
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
        assertThat(put(preferences(true, null, null), null).status()).isEqualTo(401);
    }
}
