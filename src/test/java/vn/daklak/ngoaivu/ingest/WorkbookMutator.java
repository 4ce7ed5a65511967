package vn.daklak.ngoaivu.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Seeded mutations of a workbook's bytes, the kinds a mail client, a broken disk or an attacker produce: bit flips,
 * truncation, zip entries shuffled, dropped or duplicated, and XML inside an entry cut, repeated or spiked with
 * characters and values readers choke on. The same seed always gives the same bytes.
 */
final class WorkbookMutator {

    private static final String[] XML_SPIKES = {"<", "&", "&#0;", "_x0000_", "_x003D_cmd", "\"", "]]>", "<c r=\"XFD1048576\">",
            "<row r=\"1048576\">", "r=\"A0\"", "s=\"99999\"", "<v>1E+999</v>", "<v>-0</v>", "<v>NaN</v>", "t=\"s\"",
            "<v>2147483648</v>", "<is><t>=1+1</t></is>", "\u0000", "\uFFFF", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"};

    private WorkbookMutator() {
    }

    static byte[] mutate(byte[] original, long seed) {
        Random random = new Random(seed);
        try {
            return switch (random.nextInt(6)) {
                case 0 -> flipBits(original, random);
                case 1 -> Arrays.copyOf(original, random.nextInt(Math.max(1, original.length)));
                case 2 -> rezip(original, random, Mutation.SHUFFLE);
                case 3 -> rezip(original, random, Mutation.DUPLICATE);
                case 4 -> rezip(original, random, Mutation.DROP);
                default -> rezip(original, random, Mutation.XML);
            };
        } catch (IOException | RuntimeException e) {
            // not a zip (an .xls): bit flips are the mutation that applies
            return flipBits(original, random);
        }
    }

    private enum Mutation { SHUFFLE, DUPLICATE, DROP, XML }

    private static byte[] flipBits(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private record Entry(String name, byte[] data) {
    }

    private static byte[] rezip(byte[] original, Random random, Mutation mutation) throws IOException {
        List<Entry> entries = entries(original);
        if (entries.isEmpty()) {
            throw new IOException("not a zip");
        }
        int pick = random.nextInt(entries.size());
        switch (mutation) {
            case SHUFFLE -> Collections.shuffle(entries, random);
            case DUPLICATE -> entries.add(random.nextInt(entries.size() + 1),
                    new Entry(entries.get(pick).name(), mutateXml(entries.get(pick).data(), random)));
            case DROP -> entries.remove(pick);
            case XML -> entries.set(pick, new Entry(entries.get(pick).name(), mutateXml(entries.get(pick).data(), random)));
        }
        return zip(entries);
    }

    private static byte[] mutateXml(byte[] data, Random random) {
        String xml = new String(data, StandardCharsets.UTF_8);
        if (xml.isEmpty()) {
            return data;
        }
        int from = random.nextInt(xml.length());
        int to = Math.min(xml.length(), from + random.nextInt(200));
        String mutated = switch (random.nextInt(3)) {
            case 0 -> xml.substring(0, from) + xml.substring(to);
            case 1 -> xml.substring(0, to) + xml.substring(from, to).repeat(1 + random.nextInt(50)) + xml.substring(to);
            default -> xml.substring(0, from) + XML_SPIKES[random.nextInt(XML_SPIKES.length)] + xml.substring(from);
        };
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Entry> entries(byte[] original) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(new Entry(entry.getName(), zip.readAllBytes()));
            }
        }
        return entries;
    }

    /** Writes entries as they are, duplicates included (commons-compress writes what it is given). */
    private static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry.name()));
                zip.write(entry.data());
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }
}
