package io.eventboard.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRows extends GenericRepository<UserRow, UUID> {

    Optional<UserRow> findById(UUID id);

    /** Case-insensitive, like the unique index it runs on. */
    @Query("SELECT * FROM users WHERE lower(username) = lower(:username)")
    Optional<UserRow> findByUsernameIgnoringCase(String username);

    /**
     * Inserts unless the id, username or email is taken; answers 1 or 0. Asking the unique indexes (instead of
     * checking first) is what makes two simultaneous registrations of one name safe.
     */
    @Query("""
            INSERT INTO users (id, username, email, password_hash, role, enabled, created_at)
            VALUES (:id, :username, :email, :passwordHash, :role, :enabled, :createdAt)
            ON CONFLICT DO NOTHING
            """)
    int insertUnlessTaken(UUID id, String username, String email, String passwordHash, String role, boolean enabled,
                          Instant createdAt);

    /** One page of accounts, oldest first; the id breaks ties so that pages never overlap or skip. */
    @Query("SELECT * FROM users ORDER BY created_at, id LIMIT :limit OFFSET :offset")
    List<UserRow> findPage(int limit, long offset);

    @Query("SELECT count(*) FROM users")
    long countAll();

    /** Like {@link #findPage}, only accounts whose username or email contains {@code text}, ignoring case. */
    @Query("""
            SELECT * FROM users
            WHERE strpos(lower(username), lower(:text)) > 0 OR strpos(lower(email), lower(:text)) > 0
            ORDER BY created_at, id LIMIT :limit OFFSET :offset
            """)
    List<UserRow> findPageMatching(String text, int limit, long offset);

    @Query("""
            SELECT count(*) FROM users
            WHERE strpos(lower(username), lower(:text)) > 0 OR strpos(lower(email), lower(:text)) > 0
            """)
    long countMatching(String text);

    @Query("UPDATE users SET role = :role, enabled = :enabled WHERE id = :id")
    int updateAccess(UUID id, String role, boolean enabled);
}
