package org.sendplan.portal.tenancy.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendplan.portal.common.TableExport;
import org.sendplan.portal.tenancy.SchoolPhase;

/**
 * Reads a list of schools (URN, name, phase, planning area) from CSV or tab-separated text, the way
 * councils export it from Get Information About Schools or a spreadsheet: headers in any order and
 * case, a few common alternative names, blank lines ignored.
 */
public final class SchoolFileReader {

    public static final int MAX_ROWS = 5000;

    public record Line(
            int lineNumber,
            String urn,
            String name,
            String phaseText,
            SchoolPhase phase,
            String planningArea,
            List<String> problems) {}

    public record Result(List<Line> lines, String fileProblem) {}

    private static final Map<String, String> HEADERS = Map.of(
            "urn",
            "urn",
            "name",
            "name",
            "schoolname",
            "name",
            "establishmentname",
            "name",
            "phase",
            "phase",
            "phaseofeducation",
            "phase",
            "schoolphase",
            "phase",
            "planningarea",
            "planningArea",
            "area",
            "planningArea");

    private SchoolFileReader() {}

    public static Result read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            return new Result(List.of(), "The file is empty.");
        }
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.contains("\t") ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, Integer> columns = columnsOf(records.getFirst());
            List<String> missing = new ArrayList<>();
            for (String required : List.of("urn", "name", "phase", "planningArea")) {
                if (!columns.containsKey(required)) {
                    missing.add(required);
                }
            }
            if (!missing.isEmpty()) {
                return new Result(
                        List.of(),
                        "The first row must name the columns URN, Name, Phase and Planning area. Missing: "
                                + String.join(
                                        ", ",
                                        missing.stream()
                                                .map(SchoolFileReader::label)
                                                .toList()) + ".");
            }
            if (records.size() - 1 > MAX_ROWS) {
                return new Result(
                        List.of(),
                        "The file has " + (records.size() - 1) + " schools; upload at most " + MAX_ROWS
                                + " at a time.");
            }
            List<Line> lines = new ArrayList<>();
            Set<String> seenUrns = new HashSet<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                lines.add(line(record, columns, records.getFirst().size(), seenUrns));
            }
            return new Result(lines, lines.isEmpty() ? "The file has a header row but no schools." : null);
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), "The file could not be read as CSV or tab-separated text: " + e.getMessage());
        }
    }

    private static Line line(CSVRecord record, Map<String, Integer> columns, int headerSize, Set<String> seenUrns) {
        int lineNumber = (int) record.getRecordNumber();
        String urn = cell(record, columns.get("urn"));
        String name = cell(record, columns.get("name"));
        String phaseText = cell(record, columns.get("phase"));
        String area = cell(record, columns.get("planningArea"));
        List<String> problems = new ArrayList<>();
        if (urn.isEmpty()) {
            problems.add("URN is missing");
        } else if (!urn.matches("\\d{6}")) {
            problems.add("URN '" + urn + "' is not six digits");
        } else if (!seenUrns.add(urn)) {
            problems.add("URN " + urn + " appears more than once in the file");
        }
        if (name.isEmpty()) {
            problems.add("Name is missing");
        } else if (name.length() > 200) {
            problems.add("Name is longer than 200 characters");
        }
        SchoolPhase phase = SchoolPhase.parse(phaseText).orElse(null);
        if (phase == null) {
            problems.add(
                    phaseText.isEmpty()
                            ? "Phase is missing"
                            : "Phase '" + phaseText + "' is not one of: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(SchoolPhase.values())
                                                    .map(SchoolPhase::label)
                                                    .toList()));
        }
        if (area.length() > 80) {
            problems.add("Planning area is longer than 80 characters");
        }
        if (record.stream().skip(headerSize).anyMatch(extra -> !extra.isBlank())) {
            problems.add("Row has more cells than the header");
        }
        return new Line(lineNumber, urn, name, phaseText, phase, area.isEmpty() ? null : area, problems);
    }

    private static Map<String, Integer> columnsOf(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String column = HEADERS.get(key);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size()
                ? TableExport.unneutralised(record.get(index).trim())
                : "";
    }

    private static String label(String column) {
        return switch (column) {
            case "urn" -> "URN";
            case "name" -> "Name";
            case "phase" -> "Phase";
            default -> "Planning area";
        };
    }
}
