package io.eventboard.application.testing;

import io.eventboard.application.servicetoken.ServiceToken;
import io.eventboard.application.servicetoken.ServiceTokenId;
import io.eventboard.application.servicetoken.ServiceTokens;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link ServiceTokens} in memory, with the rules of the {@code service_tokens} table (hash format, unique hash). */
public final class InMemoryServiceTokens implements ServiceTokens {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Map<ServiceTokenId, ServiceToken> tokens = new LinkedHashMap<>();
    private final Map<String, ServiceTokenId> byHash = new LinkedHashMap<>();

    @Override
    public synchronized void add(ServiceToken token, String tokenHash) {
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalStateException("check constraint violated: token_hash must be 64 hex characters");
        }
        if (byHash.containsKey(tokenHash) || tokens.containsKey(token.id())) {
            throw new IllegalStateException("unique constraint violated: " + token.id());
        }
        tokens.put(token.id(), token);
        byHash.put(tokenHash, token.id());
    }

    @Override
    public synchronized List<ServiceToken> all() {
        return tokens.values().stream().sorted(Comparator.comparing(ServiceToken::createdAt).reversed()).toList();
    }

    @Override
    public synchronized Optional<ServiceToken> revoke(ServiceTokenId id, Instant now) {
        return Optional.ofNullable(tokens.computeIfPresent(id, (key, token) -> token.revoked() ? token
                : new ServiceToken(token.id(), token.name(), token.scopes(), token.createdAt(), token.createdBy(),
                        now, token.lastUsedAt())));
    }

    @Override
    public synchronized Optional<ServiceToken> use(String tokenHash, Instant now) {
        ServiceTokenId id = byHash.get(tokenHash);
        ServiceToken token = id == null ? null : tokens.get(id);
        if (token == null || token.revoked()) {
            return Optional.empty();
        }
        ServiceToken used = new ServiceToken(token.id(), token.name(), token.scopes(), token.createdAt(),
                token.createdBy(), null, now);
        tokens.put(id, used);
        return Optional.of(used);
    }

    /** For tests: the stored hashes, to check no secret is kept. */
    public synchronized List<String> hashes() {
        return List.copyOf(byHash.keySet());
    }
}
