package io.eventboard.domain.catalog;

/** The store refused to delete an entry because events still refer to it (a foreign key said no). */
public final class StillReferenced extends RuntimeException {

    public StillReferenced(String what) {
        super(what + " is still referred to by events");
    }
}
