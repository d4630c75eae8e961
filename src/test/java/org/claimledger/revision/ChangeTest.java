package org.claimledger.revision;

import org.claimledger.incident.Incident;
import org.claimledger.incident.IncidentService;
import org.claimledger.incident.NewIncident;
import org.claimledger.party.NewParty;
import org.claimledger.party.Party;
import org.claimledger.party.PartyService;
import org.claimledger.source.NewSource;
import org.claimledger.source.Source;
import org.claimledger.source.SourceKind;
import org.claimledger.source.SourceService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether storing a submission creates a row, writes a new revision or changes nothing: one rule for
 * parties, sources and incidents, decided on their submitted form, without a database.
 */
class ChangeTest {

    @Test
    void nothingStoredIsACreationEqualFormsAreNoChangeOtherwiseARevision() {
        assertThat(Change.of(null, "a")).isEqualTo(Change.CREATED);
        assertThat(Change.of("a", "a")).isEqualTo(Change.UNCHANGED);
        assertThat(Change.of("a", "b")).isEqualTo(Change.UPDATED);
    }

    @Test
    void aPartyIsComparedAsItWouldBeSubmittedAgain() {
        Party armenia = party("armenia", "Armenia", null);
        armenia.belligerent = true;
        Party artsakh = party("artsakh", "Republic of Artsakh", armenia);

        NewParty same = new NewParty("artsakh", "Republic of Artsakh", "armenia", null, null);
        assertThat(PartyService.change(artsakh, same)).isEqualTo(Change.UNCHANGED);
        assertThat(PartyService.change(artsakh, new NewParty("artsakh", "Artsakh", "armenia", null, null)))
                .isEqualTo(Change.UPDATED);
        assertThat(PartyService.change(null, same)).isEqualTo(Change.CREATED);
        // a belligerent is submitted as its own side
        assertThat(PartyService.change(armenia, new NewParty("armenia", "Armenia", null, "armenia", null)))
                .isEqualTo(Change.UNCHANGED);
    }

    @Test
    void aSourceIsComparedWithItsPartyBySlug() {
        Source source = new Source();
        source.slug = "am-mod";
        source.name = "Ministry of Defence of Armenia";
        source.kind = SourceKind.GOVERNMENT;
        source.party = party("armenia", "Armenia", null);

        assertThat(SourceService.change(source, new NewSource("am-mod", "Ministry of Defence of Armenia",
                SourceKind.GOVERNMENT, "armenia", null, null))).isEqualTo(Change.UNCHANGED);
        assertThat(SourceService.change(source, new NewSource("am-mod", "Ministry of Defence of Armenia",
                SourceKind.MILITARY, "armenia", null, null))).isEqualTo(Change.UPDATED);
    }

    @Test
    void anIncidentWithAWrittenTitleIsTheSameWhetherTitleDerivedIsFalseOrLeftOut() {
        Incident barda = new Incident();
        barda.slug = "barda-2020-10-28";
        barda.title = "Missile strikes on Barda";
        barda.from = LocalDate.of(2020, 10, 27);
        barda.to = LocalDate.of(2020, 10, 28);

        assertThat(IncidentService.change(barda, incident(null))).isEqualTo(Change.UNCHANGED);
        assertThat(IncidentService.change(barda, incident(false))).isEqualTo(Change.UNCHANGED);
        assertThat(IncidentService.change(barda, incident(true))).isEqualTo(Change.UPDATED);
    }

    private static NewIncident incident(Boolean titleDerived) {
        return new NewIncident("barda-2020-10-28", "Missile strikes on Barda", null, null,
                LocalDate.of(2020, 10, 27), LocalDate.of(2020, 10, 28), titleDerived);
    }

    private static Party party(String slug, String name, Party parent) {
        Party party = new Party();
        party.slug = slug;
        party.name = name;
        party.parent = parent;
        return party;
    }
}
