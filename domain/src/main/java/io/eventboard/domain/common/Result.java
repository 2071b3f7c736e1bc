package io.eventboard.domain.common;

import java.util.Objects;
import java.util.function.Function;

/** The outcome of a business decision: either the new value or the reason it was refused. */
public sealed interface Result<T> permits Result.Accepted, Result.Rejected {

    record Accepted<T>(T value) implements Result<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Rejected<T>(Rejection rejection) implements Result<T> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    static <T> Result<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Result<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The accepted value; calling it on a refusal is a programming error. */
    default T value() {
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw new IllegalStateException("refused: " + ((Rejected<T>) this).rejection());
    }

    /** The refusal; calling it on an accepted result is a programming error. */
    default Rejection rejection() {
        if (this instanceof Rejected<T> rejected) {
            return rejected.rejection();
        }
        throw new IllegalStateException("accepted, not refused");
    }

    default <R> Result<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Rejected<>(rejection());
    }

    default <R> Result<R> flatMap(Function<? super T, Result<R>> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return mapper.apply(accepted.value());
        }
        return new Rejected<>(rejection());
    }
}
