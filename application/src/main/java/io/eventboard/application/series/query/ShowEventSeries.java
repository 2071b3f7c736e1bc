package io.eventboard.application.series.query;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.series.SeriesRefusals;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;

/** One series with all its occurrences. */
public final class ShowEventSeries {

    private final RecurringEvents recurring;
    private final UserAccounts users;

    public ShowEventSeries(RecurringEvents recurring, UserAccounts users) {
        this.recurring = recurring;
        this.users = users;
    }

    public Result<SeriesView> show(SeriesId id) {
        return recurring.findById(id)
                .map(series -> Result.accepted(new SeriesView(series,
                        users.findById(series.organizer()).map(UserAccount::username).orElse(null),
                        recurring.occurrences(id))))
                .orElseGet(() -> Result.rejected(SeriesRefusals.NOT_FOUND));
    }
}
