package org.claimledger.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.claimledger.common.KeptAnswer;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Public reads (GET of the API and of the pages, without a token) carry a strong ETag and answer an
 * {@code If-None-Match} that matches it with 304 and no body. An entity's own revision is its tag where
 * the resource set one (a claim, a source); otherwise the tag is a hash of the body, computed here once
 * the body is written out: it saves the bytes on the wire, not the work of building the answer. Streamed
 * exports tag themselves from the dataset's version before they start ({@link Etags#unchanged}).
 * <p>
 * Cache-Control: lists, comparisons and pages may be reused for a minute ({@code public, max-age=60});
 * a single entity and whatever a resource marks {@code no-cache} is revalidated every time. Answers to
 * a request with a token, and admin reads, get neither header: they are nobody else's to keep.
 */
public class PublicCaching {
    static final String SHORT = "public, max-age=60";
    static final String REVALIDATE = "no-cache";

    private final ObjectMapper json;
    private final KeptAnswers kept;

    PublicCaching(ObjectMapper json, KeptAnswers kept) {
        this.json = json;
        this.kept = kept;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || restricted(resource) || request.getUriInfo().getPath().startsWith("/q/")) {
            return;
        }
        boolean anonymous = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String policy = REVALIDATE;
        if (tag == null && response.getEntity() instanceof KeptAnswer answer) {
            // a kept answer's bytes and tag were made once; its own writer sends the same bytes
            tag = kept.of(answer).etag();
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            policy = SHORT;
        } else if (tag == null) {
            byte[] body = body(response);
            if (body == null) {
                return;
            }
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            tag = Etags.hashed(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            policy = SHORT;
        }
        if (anonymous) {
            response.getHeaders().putIfAbsent(HttpHeaders.CACHE_CONTROL, java.util.List.of(policy));
            response.getHeaders().add(HttpHeaders.VARY, "Accept, Accept-Encoding");
        }
        if (Etags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tagOf(tag))) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove("Content-Disposition");
        }
    }

    private static EntityTag tagOf(Object header) {
        return header instanceof EntityTag t ? t : EntityTag.valueOf(header.toString());
    }

    private static boolean restricted(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(RolesAllowed.class)
                || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class));
    }

    /** The bytes that will be sent, or null for a streamed body (tagged, if at all, by its resource). */
    private byte[] body(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof StreamingOutput || entity instanceof java.io.InputStream) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return null;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
