package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Replaces a period's report folder as a whole: the new reports are built in a hidden sibling folder, then moved
 * into place, so a reader sees either the old complete set or the new complete set, never a half-written one.
 * (A non-empty folder cannot be replaced by one rename, so the old one is first renamed aside, then deleted.)
 */
final class PeriodFolder {

    private PeriodFolder() {
    }

    /** A fresh, empty, hidden sibling of {@code target} on the same file system. */
    static Path createStaging(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
    }

    /** Moves {@code staging} to {@code target}, replacing what was there. */
    static void publish(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(PeriodFolder::deleteQuietly);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
