package io.eventboard.rest.web;

import io.eventboard.domain.common.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.function.Function;

/**
 * A page on the wire: {@code items}, {@code page} (from 1), {@code size}, {@code total}; {@code total_exact} is
 * false when counting stopped at the cap, and {@code next_cursor} continues the listing with {@code ?after=}.
 */
@Serdeable
@Schema(description = "One page of a listing. Pages start at 1; 'total' counts every match (up to the count cap, "
        + "see total_exact).")
public record PageResource<T>(
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "This page's items; left out when the page "
                + "is empty")
        List<T> items,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The page number, from 1", example = "1")
        int page,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The page size asked for", example = "10")
        int size,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "How many items match; the cap when "
                + "total_exact is false", example = "123")
        long total,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "False when counting stopped at the cap "
                + "(LISTING_COUNT_CAP), so there may be more")
        boolean totalExact,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Pass as ?after= to fetch the next page "
                + "(event listings); left out when no more follow")
        String nextCursor) {

    public static <S, T> PageResource<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageResource<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(),
                page.total(), page.totalExact(), page.nextCursor());
    }
}
