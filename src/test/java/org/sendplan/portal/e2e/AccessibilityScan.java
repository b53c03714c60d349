package org.sendplan.portal.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core over the page as shown, for WCAG 2.0, 2.1 and 2.2 levels A and AA. A failure names each
 * rule, the elements (CSS selectors; {@code >>} crosses into a shadow root), what to do and where to
 * read more.
 */
public final class AccessibilityScan {

    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Violations we cannot fix: inside a Vaadin component's shadow DOM. Each is one rule on one
     * element, with the reason. Keep this list short and say why.
     */
    private static final List<Allowance> ALLOWANCES = List.of();

    record Allowance(String rule, String target, String why) {}

    private AccessibilityScan() {}

    /** Scans the page and fails, naming every violation, unless there is none. */
    public static void assertNoViolations(Page page, String where) {
        List<String> problems = violations(page);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " accessibility violation(s) on " + where + " (" + page.url()
                    + "):\n" + String.join("\n", problems));
        }
    }

    /** Every violation on the page, one described element each, allowances left out. */
    public static List<String> violations(Page page) {
        Vaadin.waitUntilSettled(page);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not scan " + page.url() + ": " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String target = selector(node.getTarget());
                if (ALLOWANCES.stream()
                        .anyMatch(
                                a -> a.rule().equals(rule.getId()) && a.target().equals(target))) {
                    continue;
                }
                problems.add("- " + rule.getId() + " [" + rule.getImpact() + "]: " + rule.getHelp()
                        + "\n    element: " + target
                        + "\n    html:    " + node.getHtml()
                        + "\n    " + String.valueOf(node.getFailureSummary()).replace("\n", "\n    ")
                        + "\n    see " + rule.getHelpUrl());
            }
        }
        return problems;
    }

    /** axe's target: a selector per document level; a list of them where it passes into shadow roots. */
    private static String selector(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(AccessibilityScan::selector).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }
}
