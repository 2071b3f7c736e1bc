package io.eventboard.application.catalog;

import io.eventboard.domain.catalog.CatalogEntries;
import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.Actor;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The write rules that tags, venues and channels share, each write in one transaction: only admins write; an
 * identifying name is unique regardless of case; an unknown id is not found; an entry that events still use
 * is not deleted. Every rule is checked first, so that the refusal is clear. In a race the store's unique index
 * or foreign key refuses instead; that ends the transaction and becomes the same refusal.
 *
 * @param <E> the entry
 * @param <I> its id
 */
public final class CatalogEditor<E, I> {

    private final Transactions transactions;
    private final CatalogEntries<E, I> entries;
    private final CatalogRefusals refusals;

    public CatalogEditor(Transactions transactions, CatalogEntries<E, I> entries, CatalogRefusals refusals) {
        this.transactions = transactions;
        this.entries = entries;
        this.refusals = refusals;
    }

    /** Stores the new entry. */
    public Result<E> create(Actor actor, E entry) {
        return write(actor, () -> {
            if (entries.nameTaken(entry)) {
                return Result.rejected(refusals.duplicate());
            }
            entries.add(entry);
            return Result.accepted(entry);
        });
    }

    /** Stores what {@code change} makes of the entry as it is now; answers the changed entry. */
    public Result<E> change(Actor actor, I id, UnaryOperator<E> change) {
        return write(actor, () -> {
            Optional<E> current = entries.lockById(id);
            if (current.isEmpty()) {
                return Result.rejected(refusals.notFound());
            }
            E changed = change.apply(current.get());
            if (entries.nameTaken(changed)) {
                return Result.rejected(refusals.duplicate());
            }
            entries.update(changed);
            return Result.accepted(changed);
        });
    }

    /** Deletes the entry; answers it as it was. */
    public Result<E> delete(Actor actor, I id) {
        return write(actor, () -> {
            Optional<E> current = entries.lockById(id);
            if (current.isEmpty()) {
                return Result.rejected(refusals.notFound());
            }
            if (entries.inUse(id)) {
                return Result.rejected(refusals.inUse());
            }
            entries.delete(id);
            return Result.accepted(current.get());
        });
    }

    /** Catches the store's refusals outside the transaction they ended. */
    private Result<E> write(Actor actor, Supplier<Result<E>> work) {
        if (!actor.isAdmin()) {
            return Result.rejected(CatalogRefusals.ADMINS_ONLY);
        }
        try {
            return transactions.inTransaction(work);
        } catch (NameTaken e) {
            return Result.rejected(refusals.duplicate());
        } catch (StillReferenced e) {
            return Result.rejected(refusals.inUse());
        }
    }
}
