package org.sendplan.portal.plans.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what an evidence file is from its bytes, never its name: PDF, Word (DOCX), Excel (XLSX),
 * PNG, JPEG or GIF. Anything else is refused, whatever it is called.
 */
public final class EvidenceTypes {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceTypes() {}

    public static Optional<String> contentTypeOf(byte[] c) {
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(c, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(c, 'P', 'K', 3, 4)) {
            return officeType(c);
        }
        return Optional.empty();
    }

    /** A DOCX or XLSX is a zip whose parts live under word/ or xl/; other zips are not evidence. */
    private static Optional<String> officeType(byte[] c) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().startsWith("word/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
                if (entry.getName().startsWith("xl/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean starts(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((c[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
