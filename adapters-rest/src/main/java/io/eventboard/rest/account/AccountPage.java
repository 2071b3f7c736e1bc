package io.eventboard.rest.account;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.user.UserAccount;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of accounts: {@code {"items": [...], "page": 1, "size": 10, "total": 123}}; pages start at 1. */
@Serdeable
@Schema(name = "AccountPage")
public record AccountPage(List<AccountView> items, @Schema(example = "1") int page, @Schema(example = "10") int size,
                         @Schema(example = "123") long total) {

    public static AccountPage of(Page<UserAccount> page) {
        return new AccountPage(page.items().stream().map(AccountView::of).toList(), page.page(), page.size(),
                page.total());
    }
}
