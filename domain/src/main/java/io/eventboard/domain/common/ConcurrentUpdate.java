package io.eventboard.domain.common;

/**
 * A version-checked update found that someone else changed the record first. Writers that hold a row lock
 * never see it; optimistic writers turn it into a refusal or retry.
 */
public final class ConcurrentUpdate extends RuntimeException {

    public ConcurrentUpdate(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}
