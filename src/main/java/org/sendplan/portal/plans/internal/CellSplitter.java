package org.sendplan.portal.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendplan.portal.plans.SavingsRating;

/**
 * Splits the two cells that delivery plans fill with two things at once. Each split keeps every
 * character: the two parts joined by one space give back the cell.
 */
public final class CellSplitter {

    public record Savings(SavingsRating rating, String narrative) {}

    public record Lead(String lead, String capacityNote) {}

    /** A rating word, then nothing or a narrative that starts a new sentence (capital, digit or £). */
    private static final Pattern RATING =
            Pattern.compile("((?i:none|low|medium|high|risk))(?:\\s+(?=[\\p{Lu}\\d£])(.*))?", Pattern.DOTALL);

    /**
     * Where a capacity note begins after the lead's job titles: a dash between spaces (kept with the
     * note), a phrase that talks about capacity or resource, or "… team in place".
     */
    private static final Pattern NOTE_START = Pattern.compile(
            "\\s[–—-]\\s|(?<=\\s)(?:Additional|No additional|Limited capacity|Requires|With|Within|Covered|Potentially|Await"
                    + "|Part of|Launched|Commissioned|supported by)\\b|(?<=\\s)\\S+ \\S+ team in place");

    private static final List<String> NOTE_OPENERS = List.of(
            "Additional",
            "No additional",
            "Limited capacity",
            "Requires",
            "Covered",
            "Potentially",
            "Await",
            "Part of",
            "Launched",
            "Commissioned");

    private CellSplitter() {}

    public static Optional<Savings> savings(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.of(new Savings(null, null));
        }
        Matcher m = RATING.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Savings(SavingsRating.fromWord(m.group(1)).orElseThrow(), m.group(2)));
    }

    /** Empty when no note can be told apart from the lead; the caller then keeps the whole cell as the lead. */
    public static Optional<Lead> lead(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.of(new Lead(null, null));
        }
        String text = cell.strip();
        if (NOTE_OPENERS.stream().anyMatch(text::startsWith)
                && !NOTE_START.matcher(text).find()) {
            return Optional.of(new Lead(null, text));
        }
        Matcher m = NOTE_START.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String lead = text.substring(0, m.start()).strip();
        return Optional.of(new Lead(lead, text.substring(m.start()).strip()));
    }
}
