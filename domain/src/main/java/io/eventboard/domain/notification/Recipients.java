package io.eventboard.domain.notification;

import io.eventboard.domain.user.UserId;
import java.util.List;

/** Port: the channels a user wants to hear from us on; the in-app inbox is always among them. */
public interface Recipients {

    List<Recipient> of(UserId user);
}
