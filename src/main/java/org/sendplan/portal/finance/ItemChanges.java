package org.sendplan.portal.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Says in a sentence how a list of lines changed, for the history. */
final class ItemChanges {

    private ItemChanges() {}

    static String describe(List<ProposalItemDraft> before, List<ProposalItemDraft> after) {
        Set<String> oldNames = before.stream().map(ProposalItemDraft::name).collect(Collectors.toSet());
        Set<String> newNames = after.stream().map(item -> item.name().trim()).collect(Collectors.toSet());
        List<String> parts = new ArrayList<>();
        after.stream()
                .map(item -> item.name().trim())
                .filter(name -> !oldNames.contains(name))
                .forEach(name -> parts.add("added '" + name + "'"));
        before.stream()
                .map(ProposalItemDraft::name)
                .filter(name -> !newNames.contains(name))
                .forEach(name -> parts.add("removed '" + name + "'"));
        after.stream()
                .filter(item -> oldNames.contains(item.name().trim()) && !before.contains(normalised(item)))
                .forEach(item -> parts.add("changed '" + item.name().trim() + "'"));
        return parts.isEmpty() ? "Saved the items unchanged" : "Items: " + String.join("; ", parts);
    }

    private static ProposalItemDraft normalised(ProposalItemDraft item) {
        String note = item.note() == null || item.note().isBlank()
                ? null
                : item.note().trim();
        return new ProposalItemDraft(
                item.name().trim(),
                item.category(),
                item.source(),
                item.duration(),
                item.costs(),
                note,
                item.expectedAnnualSaving());
    }
}
