package io.eventboard.domain.common;

import java.util.function.Supplier;

/** Port: runs a block of work in one database transaction, committing when it returns normally. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
