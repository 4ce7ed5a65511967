package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.ingest.SubmissionStore.KnownSubmission;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * Moves an original out of the inbox once its fate is committed: accepted ones to
 * {@code archive/<year>/<period>/<agency>/<sha-prefix>-<name>}, rejected ones to {@code rejected/}, duplicates to
 * {@code archive/trung-lap/}, under a name the folder can hold ({@link SafeFileNames}). Originals are never deleted and
 * never overwritten. The folder of a decided file
 * depends only on its submission, so a run can find an original an earlier run moved before it died.
 */
final class FileMover {

    private static final int PREFIX = 12;
    /** Room for the "n-" that tells apart the copies of one file's bytes (same content, several arrivals). */
    private static final int COUNTER_BYTES = 6;

    private final Path inputRoot;

    FileMover(Path inputRoot) {
        this.inputRoot = inputRoot;
    }

    /** Moves a decided file to its archive (accepted) or rejected folder. */
    Path moveDecided(InboxFile file, KnownSubmission decided) throws IOException {
        return move(file, folderOf(decided), decided.sha256());
    }

    Path duplicate(InboxFile file, String sha256) throws IOException {
        return move(file, inputRoot.resolve("archive").resolve("trung-lap"), sha256);
    }

    /** The original of a decided submission already in its folder ({@code <sha-prefix>-*} with the same bytes). */
    Optional<Path> findMoved(KnownSubmission decided) {
        Path folder = folderOf(decided);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String prefix = decided.sha256().substring(0, PREFIX) + "-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> decided.sha256().equals(hash(p))).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục " + folder, e);
        }
    }

    private Path folderOf(KnownSubmission decided) {
        if (!decided.accepted()) {
            return inputRoot.resolve("rejected");
        }
        return inputRoot.resolve("archive").resolve(String.valueOf(decided.year())).resolve(decided.period())
                .resolve(decided.agencyCode());
    }

    private static String hash(Path file) {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + file, e);
        }
    }

    private static Path move(InboxFile file, Path folder, String sha256) throws IOException {
        Files.createDirectories(folder);
        String prefix = sha256.substring(0, PREFIX) + "-";
        String name = SafeFileNames.fit(file.name(), prefix.length() + COUNTER_BYTES, sha256);
        Path target = folder.resolve(prefix + name);
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(prefix + n + "-" + name);
        }
        try {
            return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file.path(), target);
        }
    }
}
