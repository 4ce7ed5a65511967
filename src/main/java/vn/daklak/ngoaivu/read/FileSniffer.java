package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Tells a file's container format from its first bytes; the file name is never trusted. */
final class FileSniffer {

    enum Container { EMPTY, ZIP, OLE2, OTHER }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileSniffer() {
    }

    static Container sniff(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(OLE2.length);
        }
        if (head.length == 0) {
            return Container.EMPTY;
        }
        if (startsWith(head, ZIP)) {
            return Container.ZIP;
        }
        return startsWith(head, OLE2) ? Container.OLE2 : Container.OTHER;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
