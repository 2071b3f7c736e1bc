package io.eventboard.application.notification.dispatch;

/** What one dispatch round did: notifications claimed, sent, put back for a retry, failed for good. */
public record DispatchReport(int claimed, int sent, int retried, int failed, int leasesExpired) {

    public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0, 0);
}
