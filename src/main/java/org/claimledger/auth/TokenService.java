package org.claimledger.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.claimledger.common.Cursor;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TokenService {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Creates a token and returns it with its secret, the only time the secret is available. */
    @Transactional
    public TokenView create(NewToken input, String actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return create(input, "cl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), actor);
    }

    /** Registers a chosen secret (the configured initial admin token). */
    @Transactional
    public TokenView create(NewToken input, String secret, String actor) {
        ApiToken token = new ApiToken();
        token.publicId = UUID.randomUUID();
        token.name = input.name();
        token.role = input.role();
        token.tokenHash = hash(secret);
        token.createdBy = actor;
        token.persistAndFlush();
        return TokenView.of(token, secret);
    }

    @Transactional
    public TokenView revoke(UUID id, String actor) {
        ApiToken token = ApiToken.<ApiToken>find("publicId", id).firstResultOptional()
                .orElseThrow(() -> new NotFound("token", id));
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now();
            token.revokedBy = actor;
        }
        return TokenView.of(token, null);
    }

    public List<TokenView> list() {
        return ApiToken.<ApiToken>find("order by id").list().stream().map(t -> TokenView.of(t, null)).toList();
    }

    /** One page of tokens, oldest first (keyset on the internal id, which grows with each token). */
    public Page<TokenView> list(String cursor, int limit) {
        List<ApiToken> rows = ApiToken.<ApiToken>find("id > ?1 order by id", Cursor.decodeLong(cursor))
                .page(0, limit + 1).list();
        return Page.of(rows, limit, t -> Long.toString(t.id), t -> TokenView.of(t, null));
    }

    public boolean anyExists() {
        return ApiToken.count() > 0;
    }

    /** The active token with this secret, if any. */
    @Transactional
    public Optional<ApiToken> authenticate(String secret) {
        return ApiToken.<ApiToken>find("tokenHash = ?1 and revokedAt is null", (Object) hash(secret))
                .firstResultOptional();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
