package org.sendplan.portal.finance;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a table would do: the lines it would save, the rows it cannot read (which stop the
 * import) and every printed total that disagrees with the computed one (shown, never silently kept).
 */
public record ImportPreview<L>(
        List<L> lines, List<String> problems, List<Disagreement> disagreements, int printedTotalsChecked)
        implements Serializable {

    public boolean importable() {
        return problems.isEmpty() && !lines.isEmpty();
    }
}
