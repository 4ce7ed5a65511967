package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * Uploaded workbooks, kept only while they are checked: in a private temporary folder of this process (never under
 * the web root), each under a name the server chooses, and only when their first bytes are those of a workbook
 * (.xlsx is a ZIP archive, legacy .xls an OLE2 compound file) whatever name or type the browser claims.
 */
@ServletOnly
@Component
class UploadedWorkbooks {

    private static final byte[] XLSX = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] XLS = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    // The name an operator's file keeps in the inbox: letters, digits, spaces and . _ ( ) -, no folder, no dot first.
    private static final Pattern INBOX_NAME = Pattern.compile("[\\p{L}\\p{N}_()-][\\p{L}\\p{N} ._()-]*\\.xlsx?",
            Pattern.CASE_INSENSITIVE);

    private final Path folder;

    UploadedWorkbooks() throws IOException {
        this.folder = Files.createTempDirectory("ngvh-kiem-tra-");
    }

    /** Stores the upload under a server-chosen name; empty when its content is not a workbook. */
    Optional<Path> store(MultipartFile upload) throws IOException {
        byte[] head;
        try (InputStream in = upload.getInputStream()) {
            head = in.readNBytes(XLS.length);
        }
        String extension = startsWith(head, XLSX) ? ".xlsx" : startsWith(head, XLS) ? ".xls" : null;
        if (extension == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(UUID.randomUUID() + extension);
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, file);
        }
        return Optional.of(file);
    }

    void delete(Path stored) {
        try {
            Files.deleteIfExists(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the file would keep in the inbox, from the browser's name; empty when that name is not plain. */
    static Optional<String> inboxName(String original) {
        return Optional.ofNullable(original).filter(n -> INBOX_NAME.matcher(n).matches());
    }

    /**
     * Copies a stored upload into {@code inbox} as {@code name}, whole or not at all: it is written under a hidden name
     * (the nightly run skips names starting with a dot) and then renamed. False when a file of that name is there.
     */
    boolean place(Path stored, Path inbox, String name) throws IOException {
        Files.createDirectories(inbox);
        Path target = inbox.resolve(name);
        if (Files.exists(target)) {
            return false;
        }
        Path hidden = inbox.resolve("." + name + ".tai-len");
        Files.copy(stored, hidden, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            Files.delete(hidden);
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0,
                signature.length);
    }

    @PreDestroy
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }
}
