package io.eventboard.domain.tag;

import java.util.Set;

/** Port: the known tags. */
public interface Tags {

    /** Those of the given names that no tag has; empty when all are known. */
    Set<String> unknown(Set<String> names);

    /** Creates the tags that do not exist yet (used by provider sync, where upstream decides the tags). */
    void ensure(Set<String> names);
}
