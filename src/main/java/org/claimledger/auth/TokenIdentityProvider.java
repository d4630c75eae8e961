package org.claimledger.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Turns a bearer token into an identity: the token's name as principal, its role (admins are editors too). */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    static final String TOKEN_ID = "claimledger.token-id";

    private final TokenService tokens;

    TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> lookup(request.getToken().getToken()));
    }

    @ActivateRequestContext
    SecurityIdentity lookup(String secret) {
        ApiToken token = tokens.authenticate(secret)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked token"));
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(token.name))
                .addRole(token.role)
                .addAttribute(TOKEN_ID, token.publicId.toString());
        if (Roles.ADMIN.equals(token.role)) {
            identity.addRole(Roles.EDITOR);
        }
        return identity.build();
    }
}
