package org.sendplan.portal.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.participation.ParticipationFixtures;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.participation.SaidKind;
import org.sendplan.portal.participation.WeDid;
import org.sendplan.portal.participation.YouSaidWeDidService;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** "You said, we did" on screen: the officer's link dialog, "What happened to this" on a comment, and the plan's page. */
class YouSaidWeDidUiTests extends UiTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    YouSaidWeDidService youSaidWeDid;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    private PlanSummary plan;
    private ActionDetails action;
    private CommentDetails comment;
    private String parent;

    @Test
    void anOfficerLinksACommentToTheActionItLedToAndTheThreadShowsWhatHappened() {
        parentComments("Please speed up the matrix review");
        signInAndOpen("warwickshire.officer", actionPage());
        _click(_get(Button.class, spec -> spec.withText("Link to a change")));
        ComboBox<WeDid> weDid = comboBox();
        weDid.setValue(weDid.getListDataView().getItems().findFirst().orElseThrow());
        statement().setValue("We moved the review to this term.");
        _click(_get(Button.class, spec -> spec.withText("Link to this change")));
        assertThat(text(whatHappened()))
                .contains("The action \"Review the provision matrix\"", "We moved the review to this term.");
    }

    @Test
    void theLinkDialogSaysWhatIsMissingAndKeepsTheChosenChange() {
        parentComments("Please speed up the matrix review");
        signInAndOpen("warwickshire.officer", actionPage());
        _click(_get(Button.class, spec -> spec.withText("Link to a change")));
        ComboBox<WeDid> weDid = comboBox();
        WeDid chosen = weDid.getListDataView().getItems().findFirst().orElseThrow();
        weDid.setValue(chosen);
        _click(_get(Button.class, spec -> spec.withText("Link to this change")));
        assertThat(statement().isInvalid()).isTrue();
        assertThat(statement().getErrorMessage()).isEqualTo("Enter a statement: what was done, in a few words");
        assertThat(weDid.getValue()).isEqualTo(chosen);
    }

    @Test
    void aParentSeesNothingRecordedYetThenWhatHappenedToTheirComment() {
        parentComments("Please speed up the matrix review");
        signInAndOpen(parent, actionPage());
        assertThat(text(whatHappened())).isEqualTo("Nothing recorded yet.");
        assertThat(_find(Button.class, spec -> spec.withText("Link to a change")))
                .isEmpty();

        linked("We moved the review to this term.");
        signInAndOpen(parent, actionPage());
        Details details = whatHappened();
        assertThat(text(details)).contains("We moved the review to this term.");
        assertThat(descendants(details.getElement())
                        .filter(e -> e.getTag().equals("a"))
                        .map(e -> e.getAttribute("href")))
                .contains("/t/warwickshire/plans/" + plan.id() + "/actions/" + action.id());
    }

    @Test
    void thePlansYouSaidWeDidPageListsEachLinkWithTheStatementShownAsText() {
        parentComments("Please speed up the matrix review");
        linked(SCRIPT);
        signInAndOpen("warwickshire.school", "t/warwickshire/plans/" + plan.id());
        Anchor toPage = _get(Anchor.class, spec -> spec.withText("You said, we did"));
        signInAndOpen("warwickshire.school", toPage.getHref().substring(1));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Comment from Yusuf Parent", "Please speed up the matrix review", SCRIPT);
        assertThat(descendants(_get(com.vaadin.flow.component.html.UnorderedList.class)
                                .getElement())
                        .map(Element::getTag))
                .doesNotContain("script");
    }

    @Test
    void anOfficerLinksAProposalFromItsPageAndThePlansPageListsIt() {
        plan = ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        signedIn.as("warwickshire.parent");
        ProposalDetails proposal = proposals.raise(
                ParticipationFixtures.proposal(plan, plans.themes(plan.id()).getFirst(), "Key workers"));
        signInAndOpen("warwickshire.officer", "t/warwickshire/proposals/" + proposal.id());
        _click(_get(Button.class, spec -> spec.withText("Link to a change")));
        ComboBox<WeDid> weDid = comboBox();
        weDid.setValue(weDid.getListDataView().getItems().findFirst().orElseThrow());
        statement().setValue("Key workers are part of the action now.");
        _click(_get(Button.class, spec -> spec.withText("Link to this change")));
        signInAndOpen("warwickshire.parent", "t/warwickshire/plans/" + plan.id() + "/you-said-we-did");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(
                        "Proposal from " + proposal.proposerName(),
                        "Key workers",
                        "Key workers are part of the action now.");
    }

    @Test
    void aPlanWithNoLinksSaysNothingIsRecordedYet() {
        plan = ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        signInAndOpen("warwickshire.parent", "t/warwickshire/plans/" + plan.id() + "/you-said-we-did");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Nothing recorded yet."));
    }

    private void parentComments(String text) {
        plan = ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        parent = fixtures.newMember("warwickshire", "Yusuf Parent", Role.PARENT_CARER);
        signedIn.as(parent);
        comment = comments.post(PlanCommentTargets.action(action.id()), text);
    }

    private void linked(String statement) {
        signedIn.as("warwickshire.officer");
        youSaidWeDid.link(SaidKind.COMMENT, comment.id(), WeDid.action(action.id(), null), statement);
    }

    private String actionPage() {
        return "t/warwickshire/plans/" + plan.id() + "/actions/" + action.id();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WeDid> comboBox() {
        return _get(ComboBox.class, spec -> spec.withLabel("The change it led to"));
    }

    private static TextArea statement() {
        return _get(TextArea.class, spec -> spec.withLabel("Statement"));
    }

    private static Details whatHappened() {
        return _get(Details.class, spec -> spec.withClasses("comment-what-happened"));
    }

    private static String text(Details details) {
        return details.getContent()
                .map(Component::getElement)
                .map(Element::getTextRecursively)
                .reduce("", String::concat);
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(
                Stream.of(element),
                element.getChildren().filter(child -> !child.isTextNode()).flatMap(YouSaidWeDidUiTests::descendants));
    }
}
