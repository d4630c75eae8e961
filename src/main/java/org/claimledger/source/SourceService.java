package org.claimledger.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.IfMatch;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;
import org.claimledger.common.Slugs;
import org.claimledger.common.Problem;
import org.claimledger.party.Parties;
import org.claimledger.revision.Change;

import java.util.ArrayList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SourceService {

    public Source get(String slug) {
        return Source.bySlug(slug).orElseThrow(() -> new NotFound("source", slug));
    }

    public Page<SourceView> list(String cursor, int limit, SourceKind kind, String party) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("s.slug > :after");
        String after = Cursor.decode(cursor);
        params.put("after", after == null ? "" : after);
        if (kind != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", kind);
        }
        if (party != null) {
            where.append(" and s.party.slug = :party");
            params.put("party", party);
        }
        // the parties they speak for in the same statement, whatever the page size
        var rows = Source.<Source>find("from Source s left join fetch s.party where " + where + " order by s.slug",
                params).page(0, limit + 1).list();
        return Page.of(rows, limit, s -> s.slug, SourceView::of);
    }

    @Transactional
    public SourceView create(NewSource input, String actor) {
        if (Source.bySlug(input.slug()).isPresent()) {
            throw new Conflict("a source '" + input.slug() + "' exists already");
        }
        Source source = new Source();
        List<Problem.FieldError> errors = new ArrayList<>();
        apply(source, input, Parties.load(), errors, "");
        InvalidInput.throwIfAny(errors);
        source.recordBy(actor, "created");
        source.persistAndFlush();
        return SourceView.of(source);
    }

    @Transactional
    public SourceView update(String slug, NewSource input, String ifMatch, String reason, String actor) {
        // locked, so If-Match is checked against the revision this update writes over (412, never a failed update)
        Source source = Source.<Source>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> new NotFound("source", slug));
        IfMatch.require(ifMatch, source.revision);
        Slugs.requireUnchanged(slug, input.slug(), "a source's");
        List<Problem.FieldError> errors = new ArrayList<>();
        apply(source, input, Parties.load(), errors, "");
        InvalidInput.throwIfAny(errors);
        source.recordBy(actor, reason);
        Source.flush();
        return SourceView.of(source);
    }

    /** Copies a submitted source onto a row; an unknown party slug is reported under {@code prefix}. */
    public static void apply(Source source, NewSource input, Parties parties, List<Problem.FieldError> errors,
                             String prefix) {
        source.slug = input.slug();
        source.name = input.name();
        source.kind = input.kind();
        source.homepage = input.homepage();
        source.description = input.description();
        source.party = parties.resolve(input.party(), prefix + "party", errors);
    }

    /** What storing {@code input} over {@code stored} (null for none) would do. */
    public static Change change(Source stored, NewSource input) {
        return Change.of(stored == null ? null : toInput(stored), input);
    }

    /** The source as a client would submit it again. */
    public static NewSource toInput(Source s) {
        return new NewSource(s.slug, s.name, s.kind, s.party == null ? null : s.party.slug, s.homepage,
                s.description);
    }
}
