package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.comments.CommentText.LineBreak;
import org.sendplan.portal.comments.CommentText.Link;
import org.sendplan.portal.comments.CommentText.Mention;
import org.sendplan.portal.comments.CommentText.Text;

class CommentTextTests {

    private static final UUID OLU = UUID.randomUUID();
    private static final UUID OLU_SMITH = UUID.randomUUID();
    private static final Map<String, UUID> MEMBERS = Map.of("Olu Officer", OLU, "Olu Officer Smith", OLU_SMITH);

    @Test
    void markupStaysPlainTextForTheScreenToEscape() {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        assertThat(CommentText.pieces(payload, MEMBERS)).containsExactly(new Text(payload));
    }

    @Test
    void onlyHttpAndHttpsAddressesBecomeLinks() {
        assertThat(CommentText.pieces("see javascript:alert(1) or data:text/html,x or ftp://a.b", MEMBERS))
                .containsExactly(new Text("see javascript:alert(1) or data:text/html,x or ftp://a.b"));
        assertThat(CommentText.pieces("see https://www.gov.uk/send and http://example.org", MEMBERS))
                .containsExactly(
                        new Text("see "),
                        new Link("https://www.gov.uk/send"),
                        new Text(" and "),
                        new Link("http://example.org"));
    }

    @Test
    void aLinkEndsBeforeQuotesAndAngleBracketsSoItCannotBreakOutOfItsAttribute() {
        assertThat(CommentText.pieces("https://evil.example/\"onmouseover=\"alert(1)", MEMBERS))
                .startsWith(new Link("https://evil.example/"));
        assertThat(CommentText.pieces("https://a.example/<script>", MEMBERS))
                .containsExactly(new Link("https://a.example/"), new Text("<script>"));
    }

    @Test
    void aLinkLeavesTrailingPunctuationToTheSentence() {
        assertThat(CommentText.pieces("(see https://www.gov.uk/send).", MEMBERS))
                .containsExactly(new Text("(see "), new Link("https://www.gov.uk/send"), new Text(")."));
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(CommentText.pieces("one\r\ntwo\n\nthree", MEMBERS))
                .containsExactly(
                        new Text("one"),
                        new LineBreak(),
                        new Text("two"),
                        new LineBreak(),
                        new LineBreak(),
                        new Text("three"));
    }

    @Test
    void aMentionMatchesTheLongestMemberName() {
        assertThat(CommentText.pieces("thanks @Olu Officer Smith!", MEMBERS))
                .containsExactly(new Text("thanks "), new Mention(OLU_SMITH, "Olu Officer Smith"), new Text("!"));
        assertThat(CommentText.mentions("@Olu Officer and @olu officer again", MEMBERS))
                .containsExactly(new Mention(OLU, "Olu Officer"));
    }

    @Test
    void anAtSignThatNamesNoMemberIsJustText() {
        assertThat(CommentText.pieces("mail forum@example.org or @Nobody", MEMBERS))
                .containsExactly(new Text("mail forum@example.org or @Nobody"));
        assertThat(CommentText.mentions("@Olu Officers", MEMBERS)).isEqualTo(List.of());
    }
}
