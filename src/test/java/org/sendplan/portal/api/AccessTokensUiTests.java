package org.sendplan.portal.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;

/** The personal access tokens page: create, see the secret once, revoke. */
class AccessTokensUiTests extends UiTest {

    @Test
    void aNewTokenIsShownOnceAndListedWithoutItsSecret() {
        signInAndOpen("kingston.officer", "t/kingston/access-tokens");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Census uploader");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Expires on")).getValue())
                .isEqualTo(AccessTokenService.today().plusDays(90));
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        String secret = _get(TextField.class, spec -> spec.withLabel("Your new token, Census uploader"))
                .getValue();
        assertThat(secret).startsWith("spp_");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("Census uploader");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(grid, 0, "lastUsed")).isEqualTo("Never");

        signInAndOpen("kingston.officer", "t/kingston/access-tokens");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Your new token, Census uploader")))
                .isEmpty();
    }

    @Test
    void aNameIsNeededAndTheReasonIsShownBesideTheField() {
        signInAndOpen("kingston.school", "t/kingston/access-tokens");
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getErrorMessage())
                .isEqualTo("Enter a name for the token, such as the system that will use it");
    }

    @Test
    void revokingATokenAsksFirstThenShowsItRevoked() {
        signInAndOpen("solihull.officer", "t/solihull/access-tokens");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("To revoke");
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        Grid<?> grid = _get(Grid.class);
        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        _click(_get(Button.class, spec -> spec.withText("Revoke token")));
        assertThat(GridKt._getFormatted(_get(Grid.class), 0, "status")).isEqualTo("Revoked");
    }

    @Test
    void aParentCarerCannotOpenTheTokensPage() {
        signInAndOpen("solihull.parent", "t/solihull/access-tokens");
        assertThat(_find(Button.class, spec -> spec.withText("Create token"))).isEmpty();
        assertThat(List.of(_get(com.vaadin.flow.component.html.H1.class).getText()))
                .containsExactly("You do not have access to this page");
    }
}
