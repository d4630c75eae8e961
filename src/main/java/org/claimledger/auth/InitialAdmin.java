package org.claimledger.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * With no token in the database there is no way to write, so the first start creates an admin token
 * and prints it once. A deployment may choose that secret with claimledger.auth.initial-admin-token.
 */
@ApplicationScoped
public class InitialAdmin {
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    /** Instances starting at once against one empty database: one creates the token, the others then find it. */
    private static final long LOCK = 0x636c_6164_6d6eL; // "cladmn" in ASCII

    void onStart(@Observes StartupEvent event, TokenService tokens, EntityManager em,
                 @ConfigProperty(name = "claimledger.auth.initial-admin-token") Optional<String> configured) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT true FROM pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
            if (!tokens.anyExists()) {
                createFirst(tokens, configured);
            }
        });
    }

    private static void createFirst(TokenService tokens, Optional<String> configured) {
        NewToken admin = new NewToken("initial-admin", Roles.ADMIN);
        TokenView created = configured.isPresent()
                ? tokens.create(admin, configured.get(), "system")
                : tokens.create(admin, "system");
        if (configured.isEmpty()) {
            LOG.warnf("%n%n  First start: an admin API token was created. It is shown only this once:%n%n"
                    + "    %s%n%n  Use it as 'Authorization: Bearer <token>' to create editor tokens "
                    + "(POST /api/v1/tokens).%n", created.token());
        }
    }
}
