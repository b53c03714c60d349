package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** "Import a plan table": upload (or paste) a table, check the preview, then import it. */
public final class ImportDialog {

    private static final Pattern SUMMARY = Pattern.compile("^\\d+ themes, \\d+ actions: ");
    private static final Pattern IMPORT = Pattern.compile("^Import \\d+ actions?$");

    private final Page page;

    private ImportDialog(Page page) {
        this.page = page;
    }

    static ImportDialog shownIn(Page page) {
        Dialogs.waitUntilOpen(page);
        return new ImportDialog(page);
    }

    /** Chooses a file in the upload, as the file picker would, and waits for the preview. */
    public ImportDialog upload(Path file) {
        page.locator("vaadin-upload input[type='file']").setInputFiles(file);
        page.getByText(SUMMARY).waitFor();
        // vaadin-grid's table has the treegrid role.
        page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Preview of the plan table import"))
                .waitFor();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** "7 themes, 22 actions: 22 new, ..." once a table is loaded. */
    public String summary() {
        return page.getByText(SUMMARY).textContent().strip();
    }

    /** The "Import N actions" button. */
    public Locator importButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(IMPORT));
    }

    /** Imports, and waits for the dialog to close and the plan to show what was imported. */
    public void importAll() {
        importButton().click();
        Dialogs.waitUntilClosed(page);
    }
}
