package vn.daklak.ngoaivu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tells a full disk from other write failures and says so in the officer's words: where, how much was written before
 * the disk filled up, how much the previous copy takes (about what is needed) and how much is free. The file system's
 * own word ("No space left on device") is one sign; a nearly empty free space where the write failed is the other,
 * for systems that say it in another language.
 */
public final class DiskFull {

    private static final long NEARLY_FULL = 1024 * 1024;

    private DiskFull() {
    }

    /**
     * The Vietnamese explanation when {@code failure} happened because the disk of {@code target} is full, with
     * {@code partial} the folder written so far (measured before it is removed); empty for any other failure.
     */
    public static Optional<String> explain(Throwable failure, Path target, Path partial) {
        long free = usableSpace(target);
        if (!saysNoSpace(failure) && (free < 0 || free >= NEARLY_FULL)) {
            return Optional.empty();
        }
        long written = size(partial);
        long previous = size(target);
        long needed = Math.max(written, previous);
        return Optional.of("Hết chỗ trống trên đĩa khi ghi vào " + target + ": đã ghi được " + mb(written)
                + " thì đĩa đầy, còn trống " + mb(Math.max(free, 0)) + (previous > 0 ? ", bộ báo cáo trước chiếm "
                + mb(previous) : "") + "; cần ít nhất " + mb(needed) + " trống. Hãy giải phóng chỗ trên đĩa này rồi "
                + "chạy lại; bản cũ được giữ nguyên.");
    }

    private static boolean saysNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** Free bytes on the file system of {@code path} (or of its nearest existing parent); -1 when unknown. */
    static long usableSpace(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return store.getUsableSpace();
        } catch (IOException | NullPointerException e) {
            return -1;
        }
    }

    private static long size(Path root) {
        if (root == null || !Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskFull::sizeOf).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
