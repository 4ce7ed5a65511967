package vn.daklak.ngoaivu.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Hostile variants of a valid .xlsx, made by zip surgery, for the reader and ingest tests. */
public final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** The workbook with a second {@code entry} whose content differs from the first (Excel reads one, we another). */
    public static Path withDuplicateEntry(Path valid, Path out, String entry) throws IOException {
        String standIn = entry.substring(0, entry.length() - 1) + "~";
        copy(valid, out, zip -> putEntry(zip, standIn, "<x/>".getBytes(StandardCharsets.UTF_8)), n -> n);
        byte[] bytes = Files.readAllBytes(out);
        // names are stored uncompressed in the local header and the central directory: rename the stand-in in both
        replaceAll(bytes, standIn.getBytes(StandardCharsets.UTF_8), entry.getBytes(StandardCharsets.UTF_8));
        return Files.write(out, bytes);
    }

    /** The workbook with {@code xl/workbook.xml} also present as {@code XL/Workbook.xml}: one OPC part twice. */
    public static Path withCaseVariantEntry(Path valid, Path out) throws IOException {
        byte[] workbook = entry(valid, "xl/workbook.xml");
        return copy(valid, out, zip -> putEntry(zip, "XL/Workbook.xml", workbook), n -> n);
    }

    /** The workbook carrying a VBA project, as an .xlsm renamed to .xlsx does. */
    public static Path withVbaProject(Path valid, Path out) throws IOException {
        return copy(valid, out, zip -> putEntry(zip, "xl/vbaProject.bin", new byte[] {1, 2, 3}), n -> n);
    }

    /** The workbook with its content types saying "macro-enabled", as every .xlsm does. */
    public static Path macroEnabled(Path valid, Path out) throws IOException {
        return copy(valid, out, zip -> { }, text -> text.replace("spreadsheetml.sheet.main+xml",
                "sheet.macroEnabled.main+xml"));
    }

    static byte[] entry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private interface Extra {
        void addTo(ZipOutputStream zip) throws IOException;
    }

    private static Path copy(Path valid, Path out, Extra extra, UnaryOperator<String> contentTypes)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipFile source = new ZipFile(valid.toFile()); ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                byte[] data;
                try (InputStream in = source.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    data = contentTypes.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                putEntry(zip, entry.getName(), data);
            }
            extra.addTo(zip);
        }
        return Files.write(out, buffer.toByteArray());
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static void replaceAll(byte[] bytes, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
            }
        }
    }
}
