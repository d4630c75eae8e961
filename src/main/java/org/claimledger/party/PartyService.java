package org.claimledger.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;
import org.claimledger.common.Problem;
import org.claimledger.revision.Change;

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
        List<Problem.FieldError> errors = new ArrayList<>();
        Party party = new Party();
        apply(party, input, Parties.load(), errors, "");
        InvalidInput.throwIfAny(errors);
        party.recordBy(actor, "created");
        party.persistAndFlush();
        return PartyView.of(party);
    }

    /** Copies a submitted party onto a row; unknown parent or side slugs are reported under {@code prefix}. */
    public static void apply(Party party, NewParty input, Parties parties, List<Problem.FieldError> errors,
                             String prefix) {
        party.slug = input.slug();
        party.name = input.name();
        party.description = input.description();
        party.parent = parties.resolve(input.parent(), prefix + "parent", errors);
        party.belligerent = input.slug().equals(input.side());
        party.side = party.belligerent ? null : parties.resolve(input.side(), prefix + "side", errors);
    }

    /** What storing {@code input} over {@code stored} (null for none) would do. */
    public static Change change(Party stored, NewParty input) {
        return Change.of(stored == null ? null : toInput(stored), input);
    }

    /** The party as a client would submit it again. */
    public static NewParty toInput(Party p) {
        return new NewParty(p.slug, p.name, p.parent == null ? null : p.parent.slug,
                p.belligerent ? p.slug : p.side == null ? null : p.side.slug, p.description);
    }
}
