package org.sendplan.portal.returns;

import java.io.Serializable;
import java.util.List;

/** One row of an upload: the school it names and everything that stops it being saved. */
public record ReturnImportRow(int line, String urn, String schoolName, List<String> problems) implements Serializable {

    public boolean valid() {
        return problems.isEmpty();
    }
}
