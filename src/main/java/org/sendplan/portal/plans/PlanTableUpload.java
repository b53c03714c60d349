package org.sendplan.portal.plans;

import java.util.Map;
import java.util.Set;

/**
 * An uploaded or pasted plan table, with the person's corrections: header texts read as another
 * column, and line numbers they chose to skip.
 */
public record PlanTableUpload(
        String fileName, byte[] content, Map<String, PlanColumn> mappingOverrides, Set<Integer> skippedLines) {

    public static PlanTableUpload of(String fileName, byte[] content) {
        return new PlanTableUpload(fileName, content, Map.of(), Set.of());
    }

    public static PlanTableUpload pasted(String text) {
        return of("pasted.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public PlanTableUpload correctedWith(Map<String, PlanColumn> overrides, Set<Integer> skipped) {
        return new PlanTableUpload(fileName, content, Map.copyOf(overrides), Set.copyOf(skipped));
    }
}
