package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A rendered chart to embed in the reports: its title, its PNG file and the image's size in pixels, which the
 * writers need to place it. The size comes from whoever drew the image, or from the file's header: decoding a
 * 1600×900 PNG only to learn its size took, once for each writer, about a quarter of a report set's time.
 */
public record ChartImage(String title, Path png, int width, int height) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The signature, then the first chunk, which must be IHDR: length, "IHDR", width, height. */
    private static final int HEADER = 24;

    /** A PNG drawn elsewhere: its size read from the header's IHDR chunk, without decoding the image. */
    public static ChartImage of(String title, Path png) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(png)) {
            header = in.readNBytes(HEADER);
        }
        if (header.length < HEADER || !Arrays.equals(header, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                || header[12] != 'I' || header[13] != 'H' || header[14] != 'D' || header[15] != 'R') {
            throw new IOException("Tệp biểu đồ không phải ảnh PNG: " + png);
        }
        ByteBuffer size = ByteBuffer.wrap(header, 16, 8);
        return new ChartImage(title, png, size.getInt(), size.getInt());
    }
}
