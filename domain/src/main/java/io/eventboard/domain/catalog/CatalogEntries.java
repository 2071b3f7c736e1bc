package io.eventboard.domain.catalog;

import java.util.Optional;

/**
 * Port shape shared by the reference data that admins keep and events point at: tags, venues and channels.
 * Each entry has an identifying name (for a venue: its name in its city) that is unique regardless of case.
 *
 * <p>The checks ({@link #nameTaken}, {@link #inUse}) let a use case refuse clearly; the store's unique index and
 * foreign keys stay the safety net against a concurrent writer, and surface as {@link NameTaken} and
 * {@link StillReferenced}. Either exception leaves the surrounding transaction unusable: let it end the
 * transaction and catch it outside.
 *
 * @param <E> the entry
 * @param <I> its id
 */
public interface CatalogEntries<E, I> {

    Optional<E> findById(I id);

    /** The entry, locked against concurrent change and deletion until the transaction ends. */
    Optional<E> lockById(I id);

    /** Whether an entry other than this one (another id) already has its identifying name, ignoring case. */
    boolean nameTaken(E entry);

    /**
     * Stores a new entry.
     *
     * @throws NameTaken when another entry has its identifying name
     */
    void add(E entry);

    /**
     * Stores the changed fields of an existing entry.
     *
     * @throws NameTaken when another entry has its new identifying name
     */
    void update(E entry);

    /** Whether any event still refers to the entry. */
    boolean inUse(I id);

    /**
     * Deletes the entry; deleting an unknown id does nothing.
     *
     * @throws StillReferenced when an event still refers to it
     */
    void delete(I id);
}
