package org.claimledger.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** If-Match is checked as plain Java: the revision a write names against the one stored. */
class IfMatchTest {

    @Test
    void acceptsTheCurrentRevisionAmongOthers() {
        assertThatCode(() -> IfMatch.require("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.require("\"2\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void refusesAWriteThatNamesNoRevision() {
        assertThatThrownBy(() -> IfMatch.require(null, 3)).isInstanceOf(PreconditionRequired.class)
                .hasMessage("send If-Match with the ETag of the revision you edited, e.g. If-Match: \"3\"");
        assertThatThrownBy(() -> IfMatch.require(" * ", 3)).isInstanceOf(PreconditionRequired.class)
                .hasMessageStartingWith("If-Match: * does not say which revision you edited");
    }

    @Test
    void refusesAnEditOfAnOlderRevision() {
        assertThatThrownBy(() -> IfMatch.require("\"2\"", 3)).isInstanceOf(PreconditionFailed.class)
                .hasMessage("the resource is at revision 3, not \"2\"; fetch it again and reapply your change")
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.STALE_REVISION);
    }

    @Test
    void aWeakOrUnquotedTagIsNotTheRevision() {
        assertThatThrownBy(() -> IfMatch.require("3", 3)).isInstanceOf(PreconditionFailed.class);
        assertThatThrownBy(() -> IfMatch.require("W/\"3\"", 3)).isInstanceOf(PreconditionFailed.class);
    }
}
