package org.claimledger.link;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a link, as the API and imports both apply them, checked without a database. */
class LinkRulesTest {
    private static final LinkRules.End CLAIM_1_OF_SOURCE_7 = new LinkRules.End(1, 7);
    private static final LinkRules.End CLAIM_2_OF_SOURCE_7 = new LinkRules.End(2, 7);
    private static final LinkRules.End CLAIM_3_OF_SOURCE_8 = new LinkRules.End(3, 8);

    @Test
    void aClaimCannotBeLinkedToItself() {
        assertThat(LinkRules.check(CLAIM_1_OF_SOURCE_7, CLAIM_1_OF_SOURCE_7, LinkType.CORROBORATES))
                .contains(LinkRules.Broken.SELF_LINK);
        assertThat(LinkRules.Broken.SELF_LINK.part).isEqualTo(LinkRules.Part.TARGET);
        assertThat(LinkRules.Broken.SELF_LINK.message).isEqualTo("a claim cannot be linked to itself");
    }

    @Test
    void supersedesStaysWithinOneSource() {
        assertThat(LinkRules.check(CLAIM_2_OF_SOURCE_7, CLAIM_1_OF_SOURCE_7, LinkType.SUPERSEDES)).isEmpty();
        assertThat(LinkRules.check(CLAIM_3_OF_SOURCE_8, CLAIM_1_OF_SOURCE_7, LinkType.SUPERSEDES))
                .contains(LinkRules.Broken.SUPERSEDES_ACROSS_SOURCES);
        assertThat(LinkRules.Broken.SUPERSEDES_ACROSS_SOURCES.part).isEqualTo(LinkRules.Part.TYPE);
        // other types may link claims of any two sources
        for (LinkType type : LinkType.values()) {
            if (type != LinkType.SUPERSEDES) {
                assertThat(LinkRules.check(CLAIM_3_OF_SOURCE_8, CLAIM_1_OF_SOURCE_7, type)).as(type.wire()).isEmpty();
            }
        }
    }

    @Test
    void aContradictionHasNoDirectionEveryOtherLinkHasOne() {
        assertThat(LinkRules.identity(1, 3, LinkType.CONTRADICTS)).isEqualTo(LinkRules.identity(3, 1, LinkType.CONTRADICTS));
        for (LinkType type : LinkType.values()) {
            if (type != LinkType.CONTRADICTS) {
                assertThat(LinkRules.identity(1, 3, type)).as(type.wire()).isNotEqualTo(LinkRules.identity(3, 1, type));
            }
        }
        assertThat(LinkRules.identity(1, 3, LinkType.CORROBORATES)).isNotEqualTo(LinkRules.identity(1, 3, LinkType.DENIES));
    }

    @Test
    void aRepeatedLinkIsRefusedInTheseWords() {
        assertThat(LinkRules.alreadyLinked(LinkType.DERIVED_FROM)).isEqualTo("these claims are already linked as derived-from");
    }
}
