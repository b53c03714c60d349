package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a vaadin-grid shows, read as a person reads it: the header texts and each body row's cell texts
 * in the order on screen. Vaadin renders cells in its shadow DOM and puts their content in slotted
 * light-DOM elements, so the rows are read through the slots.
 */
record GridTable(List<String> headers, List<List<String>> rows) {

    private static final String READ = """
            element => {
              const grid = element.localName === 'vaadin-grid' ? element : element.getRootNode().host;
              const text = cell => {
                const slot = cell.querySelector('slot');
                const content = slot && grid.querySelector(`vaadin-grid-cell-content[slot="${slot.name}"]`);
                return content ? content.textContent.trim() : '';
              };
              const visible = cells => [...cells].filter(cell => !cell.hidden);
              const headerRow = grid.shadowRoot.querySelector('thead tr');
              const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                  .filter(row => !row.hidden && row.index !== undefined && row.index < grid.size)
                  .sort((a, b) => a.index - b.index);
              return {
                headers: headerRow ? visible(headerRow.querySelectorAll('th')).map(text) : [],
                rows: rows.map(row => visible(row.querySelectorAll('td')).map(text))
              };
            }""";

    /**
     * The grid whose accessible name (Grid.setAriaLabel, the {@code accessibleName} property) is
     * {@code name}, or starts with it when {@code prefix}; waits for it to be shown.
     */
    static Locator named(Locator scope, String name, boolean prefix) {
        Locator grids = scope.locator("vaadin-grid");
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Vaadin.waitUntilSettled(scope.page());
            Object index = grids.evaluateAll("""
                    (grids, [name, prefix]) => grids.findIndex(grid => {
                      const label = grid.accessibleName || grid.getAttribute('aria-label') || '';
                      return prefix ? label.startsWith(name) : label === name;
                    })""", java.util.List.of(name, prefix));
            int found = ((Number) index).intValue();
            if (found >= 0) {
                return grids.nth(found);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No grid named '" + name + "'" + (prefix ? "…" : "") + " on "
                        + scope.page().url());
            }
            scope.page().waitForTimeout(100);
        }
    }

    /** Reads the grid the locator points at (the vaadin-grid, or its table), once Vaadin has settled. */
    @SuppressWarnings("unchecked")
    static GridTable of(Locator grid) {
        Vaadin.waitUntilSettled(grid.page());
        Map<String, Object> read = (Map<String, Object>) grid.evaluate(READ);
        return new GridTable((List<String>) read.get("headers"), (List<List<String>>) read.get("rows"));
    }

    /** The first column's text of every row. */
    List<String> labels() {
        return rows.stream().map(row -> row.isEmpty() ? "" : row.getFirst()).toList();
    }

    /** The row whose first cell is {@code label}. */
    Optional<List<String>> row(String label) {
        return rows.stream()
                .filter(row -> !row.isEmpty() && row.getFirst().equals(label))
                .findFirst();
    }

    /** The cell in the row labelled {@code label} under the header {@code header}. */
    String cell(String label, String header) {
        int column = headers.indexOf(header);
        if (column < 0) {
            throw new AssertionError("No column '" + header + "' in " + headers);
        }
        List<String> row = row(label).orElseThrow(() -> new AssertionError("No row '" + label + "' in " + labels()));
        return row.get(column);
    }

    @Override
    public String toString() {
        return headers + "\n"
                + String.join("\n", rows.stream().map(Object::toString).toList());
    }
}
