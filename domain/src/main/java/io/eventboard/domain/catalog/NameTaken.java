package io.eventboard.domain.catalog;

/**
 * The store refused an entry because another one already has its identifying name (a unique index said no,
 * usually because a concurrent writer got there first).
 */
public final class NameTaken extends RuntimeException {

    public NameTaken(String what) {
        super(what + ": the name is taken");
    }
}
