package io.eventboard.persistence.event;

/** What the listing cache did since the server started, for the metrics. */
public interface ListingStatistics {

    /** Listings answered from memory. */
    long served();

    /** Listings read from the database because none was kept, or none of the current generation. */
    long read();

    /** Events held by all kept listings together. */
    long held();
}
