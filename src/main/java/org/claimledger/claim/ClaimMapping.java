package org.claimledger.claim;

import org.claimledger.common.Problem;
import org.claimledger.revision.Change;

import java.util.List;

/** Copies a submitted claim onto a row, resolving its slugs; the one mapping used by the API and imports. */
public final class ClaimMapping {
    private ClaimMapping() {
    }

    /** Fills {@code claim} from {@code input}; unknown slugs are reported under {@code prefix}. */
    public static void apply(Claim claim, NewClaim input, References refs, String prefix) {
        claim.source = refs.source(input.source(), prefix + "source");
        claim.statedOn = input.statedOn();
        claim.periodFrom = input.from();
        claim.asOf = input.asOf();
        claim.category = input.category();
        claim.subject = refs.party(input.subject(), prefix + "subject");
        List<String> also = input.alsoCounts() == null ? List.of() : input.alsoCounts();
        for (int i = 0; i < also.size(); i++) {
            refs.party(also.get(i), prefix + "alsoCounts[" + i + "]");
        }
        claim.alsoCounts = also.stream().distinct().sorted().toArray(String[]::new);
        claim.population = input.population();
        claim.metric = input.metric();
        claim.equipment = input.equipment();
        claim.object = input.object();
        claim.incident = refs.incident(input.incident(), prefix + "incident");
        claim.location = input.location();
        Quantity q = input.quantity();
        claim.low = q == null ? null : q.low();
        claim.high = q == null ? null : q.high();
        claim.qualifier = q == null ? null : q.qualifier();
        claim.quantityText = q == null ? null : q.text();
        claim.stance = input.stance() == null ? Stance.ASSERTS : input.stance();
        claim.perpetrator = refs.party(input.perpetrator(), prefix + "perpetrator");
        claim.statement = input.statement();
        claim.note = input.note();
        Provenance p = input.provenance() == null ? Provenance.DEFAULT : input.provenance().normalized();
        claim.dated = p.dated();
        claim.datedFrom = p.datedFrom();
        claim.attribution = p.attribution();
        claim.attributedAs = p.attributedAs();
        claim.attributionBasis = p.attributionBasis();
        if (p.attribution() == Attribution.DOCUMENT && claim.source != null && claim.source.party != null) {
            // a document speaking in its own voice speaks for no party; its source must be independent too
            refs.errors().add(new Problem.FieldError(prefix + "provenance.attribution", "document attribution"
                    + " needs an independent source (one that speaks for no party), not '" + input.source() + "'"));
        }
        claim.citations = List.copyOf(input.citations());
    }

    /** The claim as a client would submit it again: what exports write and imports compare. */
    public static NewClaim toInput(Claim c) {
        return toInput(ClaimView.of(c));
    }

    public static NewClaim toInput(ClaimView c) {
        return new NewClaim(c.key(), c.source(), c.statedOn(), c.from(), c.asOf(), c.category(), c.subject(),
                c.alsoCounts().isEmpty() ? null : c.alsoCounts(), c.population(), c.metric(), c.equipment(),
                c.object(), c.incident(), c.location(), c.quantity(), c.stance(), c.perpetrator(), c.statement(),
                c.note(), shortest(c.provenance()), c.citations());
    }

    /**
     * What storing {@code input} over {@code stored} (null for none) would do; how the key is spelt
     * ({@code urn:uuid:} or not) changes nothing.
     */
    public static Change change(Claim stored, NewClaim input) {
        return Change.of(stored == null ? null : withKey(toInput(stored), null), withKey(normalized(input), null));
    }

    public static NewClaim withKey(NewClaim c, String key) {
        return new NewClaim(key, c.source(), c.statedOn(), c.from(), c.asOf(), c.category(), c.subject(),
                c.alsoCounts(), c.population(), c.metric(), c.equipment(), c.object(), c.incident(), c.location(),
                c.quantity(), c.stance(), c.perpetrator(), c.statement(), c.note(), c.provenance(), c.citations());
    }

    /** The input as {@link #toInput} would give it back once stored: the form imports compare. */
    public static NewClaim normalized(NewClaim in) {
        List<String> also = in.alsoCounts() == null ? List.of() : in.alsoCounts().stream().distinct().sorted().toList();
        return new NewClaim(in.key(), in.source(), in.statedOn(), in.from(), in.asOf(), in.category(), in.subject(),
                also.isEmpty() ? null : also, in.population(), in.metric(), in.equipment(), in.object(),
                in.incident(), in.location(), in.quantity(), in.stance() == null ? Stance.ASSERTS : in.stance(),
                in.perpetrator(), in.statement(), in.note(), shortest(in.provenance()), in.citations());
    }

    /** Provenance as exports write it: left out when it is the default, its defaults filled in otherwise. */
    private static Provenance shortest(Provenance p) {
        Provenance full = p == null ? Provenance.DEFAULT : p.normalized();
        return full.equals(Provenance.DEFAULT) ? null : full;
    }
}
