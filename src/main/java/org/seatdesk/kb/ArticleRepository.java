package org.seatdesk.kb;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/// The published articles in the local database (kb_article), implemented in `store`.
public interface ArticleRepository {

    Optional<Article> find(UUID id);

    /// Live articles only (R-KB-2: removed ones stay in the table, out of search).
    List<Article> live();

    /// Streams every live article, for building the index without holding them all.
    void forEachLive(Consumer<Article> each);

    /// Changes whenever an article is published or removed: the index compares it with the one
    /// it was built from, to know on start whether it is current.
    String fingerprint();

    /// Writes articles as the centre's existing content (demo) when there are none yet: no
    /// outbox entry; `articles` is only read then (not on every start). True if it wrote them.
    boolean seedIfEmpty(java.util.function.Supplier<List<Article>> articles);
}
