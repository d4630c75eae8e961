package org.claimledger.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;
import org.claimledger.common.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class PartyService {

    public Party get(String slug) {
        return Party.bySlug(slug).orElseThrow(() -> new NotFound("party", slug));
    }

    public Page<PartyView> list(String cursor, int limit) {
        String after = Cursor.decode(cursor);
        List<Party> rows = Party.find("slug > ?1 order by slug", after == null ? "" : after)
                .page(0, limit + 1).list();
        return Page.of(rows, limit, p -> p.slug, PartyView::of);
    }

    @Transactional
    public PartyView create(NewParty input, String actor) {
        if (Party.bySlug(input.slug()).isPresent()) {
            throw new Conflict("a party '" + input.slug() + "' exists already");
        }
        List<FieldError> errors = new ArrayList<>();
        Party party = new Party();
        party.slug = input.slug();
        party.name = input.name();
        party.description = input.description();
        party.parent = reference("parent", input.parent(), errors);
        party.belligerent = input.slug().equals(input.side());
        party.side = party.belligerent ? null : reference("side", input.side(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        party.recordBy(actor, "created");
        party.persistAndFlush();
        return PartyView.of(party);
    }

    private static Party reference(String field, String slug, List<FieldError> errors) {
        if (slug == null) {
            return null;
        }
        return Party.bySlug(slug).orElseGet(() -> {
            errors.add(new FieldError(field, "unknown party '" + slug + "'"));
            return null;
        });
    }
}
