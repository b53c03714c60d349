package org.sendplan.portal.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's plain text cut into what the screen shows: text, line breaks, web links (http and https
 * only) and mentions of members by name. Nothing here is markup: whoever renders a piece escapes it.
 */
public final class CommentText {

    /** Stops at whitespace and at characters that cannot be part of a pasted address or that could close an attribute. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    public sealed interface Piece {}

    public record Text(String text) implements Piece {}

    public record LineBreak() implements Piece {}

    public record Link(String address) implements Piece {}

    public record Mention(UUID personId, String name) implements Piece {}

    private CommentText() {}

    /** The pieces of {@code text}; {@code members} maps each member's display name to their person id. */
    public static List<Piece> pieces(String text, Map<String, UUID> members) {
        List<Piece> pieces = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                pieces.add(new LineBreak());
            }
            line(lines[i], members, pieces);
        }
        return pieces;
    }

    /** The people a text mentions, each once. */
    public static List<Mention> mentions(String text, Map<String, UUID> members) {
        return pieces(text, members).stream()
                .filter(Mention.class::isInstance)
                .map(Mention.class::cast)
                .distinct()
                .toList();
    }

    private static void line(String line, Map<String, UUID> members, List<Piece> pieces) {
        List<String> namesLongestFirst = members.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < line.length()) {
            Matcher link = LINK.matcher(line).region(at, line.length());
            if (link.lookingAt() && startsWord(line, at)) {
                String address = trimPunctuation(link.group());
                flush(plain, pieces);
                pieces.add(new Link(address));
                at += address.length();
                continue;
            }
            if (line.charAt(at) == '@' && startsWord(line, at)) {
                String name = mentionedName(line, at + 1, namesLongestFirst);
                if (name != null) {
                    flush(plain, pieces);
                    pieces.add(new Mention(members.get(name), name));
                    at += 1 + name.length();
                    continue;
                }
            }
            plain.append(line.charAt(at));
            at++;
        }
        flush(plain, pieces);
    }

    private static boolean startsWord(String line, int at) {
        return at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1));
    }

    private static String mentionedName(String line, int from, List<String> namesLongestFirst) {
        for (String name : namesLongestFirst) {
            if (line.regionMatches(true, from, name, 0, name.length())) {
                int end = from + name.length();
                if (end == line.length() || !Character.isLetterOrDigit(line.charAt(end))) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String trimPunctuation(String address) {
        String trimmed = address;
        while (!trimmed.isEmpty() && TRAILING_PUNCTUATION.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static void flush(StringBuilder plain, List<Piece> pieces) {
        if (!plain.isEmpty()) {
            pieces.add(new Text(plain.toString()));
            plain.setLength(0);
        }
    }
}
