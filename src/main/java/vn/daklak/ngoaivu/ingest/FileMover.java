package vn.daklak.ngoaivu.ingest;

import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.LinkOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves an original out of the inbox once its fate is committed: accepted ones to
 * {@code archive/<year>/<period>/<agency>/<sha-prefix>-<name>}, rejected ones to {@code rejected/}, duplicates to
 * {@code archive/trung-lap/}. Originals are never deleted and never overwritten.
 */
final class FileMover {

    private final Path inputRoot;

    FileMover(Path inputRoot) {
        this.inputRoot = inputRoot;
    }

    Path archive(InboxFile file, String sha256, int year, String period, String agency) throws IOException {
        return move(file, inputRoot.resolve("archive").resolve(String.valueOf(year)).resolve(period).resolve(agency), sha256);
    }

    Path reject(InboxFile file, String sha256) throws IOException {
        return move(file, inputRoot.resolve("rejected"), sha256);
    }

    Path duplicate(InboxFile file, String sha256) throws IOException {
        return move(file, inputRoot.resolve("archive").resolve("trung-lap"), sha256);
    }

    private static Path move(InboxFile file, Path folder, String sha256) throws IOException {
        Files.createDirectories(folder);
        String base = sha256.substring(0, 12) + "-" + file.name();
        Path target = folder.resolve(base);
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(sha256.substring(0, 12) + "-" + n + "-" + file.name());
        }
        try {
            return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file.path(), target);
        }
    }
}
