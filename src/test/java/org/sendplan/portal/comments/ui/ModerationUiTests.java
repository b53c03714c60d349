package org.sendplan.portal.comments.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.ModerationEntry;
import org.sendplan.portal.comments.ModerationService;
import org.sendplan.portal.comments.ReportedComment;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The moderation queue, the messages page and the official responses page. */
class ModerationUiTests extends UiTest {

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentFixtures fixtures;

    @Test
    void aModeratorHidesAChosenReportedCommentAndItsAuthorReadsWhyInMessages() {
        String author = fixtures.newMember("warwickshire", "Hugo Hidden", Role.PARENT_CARER);
        signedIn.as(author);
        CommentDetails posted = comments.post(fixtures.firstDemoAction(), "<b>Rude</b> words");
        signedIn.as("warwickshire.forumlead");
        moderation.report(posted.id(), "Rude");
        signInAndOpen("warwickshire.admin", "t/warwickshire/moderation");
        Grid<ReportedComment> queue = grid("Reported comments");
        ReportedComment row = queue.getGenericDataView()
                .getItems()
                .filter(r -> r.comment().id().equals(posted.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.reports()).containsExactly("Lee Forum-Lead (Warwickshire): Rude");
        queue.select(row);
        _click(_get(Button.class, spec -> spec.withText("Hide chosen comments")));
        _get(TextArea.class, spec -> spec.withLabel("Reason (the author is told)"))
                .setValue("Insulting language");
        _click(_get(Button.class, spec -> spec.withText("Hide comments")));
        assertThat(queue.getGenericDataView().getItems())
                .noneMatch(r -> r.comment().id().equals(posted.id()));
        Grid<ModerationEntry> log = grid("Moderation log");
        assertThat(GridKt._getFormattedRow(log, 0))
                .contains("Alex Admin (Warwickshire)", "Hid a comment", "Hugo Hidden", "Insulting language");

        signInAndOpen(author, "t/warwickshire/messages");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("A moderator hid your comment");
    }

    @Test
    void aReasonHoldingMarkupReachesTheAuthorAsText() {
        String author = fixtures.newMember("kingston", "Tess Text", Role.PARENT_CARER);
        signedIn.as(author);
        CommentDetails posted = comments.post(fixtures.firstDemoAction(), "A comment");
        signedIn.as("kingston.admin");
        moderation.hide(Set.of(posted.id()), "<script>alert(1)</script>");
        signInAndOpen(author, "t/kingston/messages");
        MessagesView view = _get(MessagesView.class);
        assertThat(view.getElement().getTextRecursively()).contains("was hidden because: <script>alert(1)</script>");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<script>");
    }

    @Test
    void hidingWithoutAReasonIsRefusedBesideTheReason() {
        signInAndOpen("kingston.admin", "t/kingston/moderation");
        Grid<ReportedComment> queue = grid("Reported comments");
        queue.select(queue.getGenericDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Hide chosen comments")));
        _click(_get(Button.class, spec -> spec.withText("Hide comments")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason (the author is told)"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why these comments are hidden: their authors are told");
    }

    @Test
    void aParentCarerCannotOpenModeration() {
        signInAndOpen("kingston.parent", "t/kingston/moderation");
        assertThat(_find(ModerationView.class)).isEmpty();
    }

    @Test
    void theOfficialResponsesPageListsTheAuthoritysResponseWithTheCommentItAnswers() {
        signInAndOpen("solihull.parent", "t/solihull/official-responses");
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .anyMatch(t -> t.startsWith("On Solihull Metropolitan Borough Council SEND"));
        assertThat(_get(OfficialResponsesView.class).getElement().getTextRecursively())
                .contains(
                        "Parveen Parent (Solihull) wrote:",
                        "Official response from the local authority, by Olu Officer (Solihull)");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String label) {
        return _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().filter(label::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }
}
