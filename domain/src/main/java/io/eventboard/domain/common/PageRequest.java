package io.eventboard.domain.common;

/** Which page of a listing to read; pages start at 1. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        new Validation()
                .require(page >= 1, "page", "must be 1 or more")
                .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .check();
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
