package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Picks the inbox files a run may take: oldest first (modification time, then name), leaving for the next run the
 * files that may still be arriving (partial downloads, Office lock files, files modified moments ago). Links and
 * folders are refused, never followed. Every file not taken gets a line saying why.
 */
final class InboxScanner {

    static final String HIDDEN = "tên bắt đầu bằng dấu chấm (tệp ẩn của hệ thống) nên không được xử lý; nếu đây là "
            + "báo cáo, hãy đổi tên bỏ dấu chấm ở đầu.";
    static final String UNREADABLE_NAME = "không mở được tệp (tên tệp có ký tự không hợp lệ hoặc tệp vừa bị xóa); "
            + "hãy đổi tên tệp chỉ dùng chữ, số, dấu gạch rồi đặt lại vào inbox.";
    private static final List<String> PARTIAL_SUFFIXES = List.of(".part", ".tmp", ".crdownload", ".partial", ".download");

    private InboxScanner() {
    }

    static Scan scan(Path inbox, Instant now, int settleSeconds) {
        List<InboxFile> ready = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return new Scan(ready, notes, hidden);
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            for (Path path : entries.sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    hidden.add(name + ": " + HIDDEN);
                    continue;
                }
                BasicFileAttributes attributes = attributes(path);
                String reason = attributes == null ? UNREADABLE_NAME : reasonToLeave(name, attributes, now, settleSeconds);
                if (reason == null) {
                    ready.add(new InboxFile(path, name, attributes.size(), attributes.lastModifiedTime().toInstant()));
                } else {
                    notes.add(name + ": " + reason);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục " + inbox, e);
        }
        ready.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::name));
        return new Scan(ready, notes, hidden);
    }

    /** Null when the entry vanished or its name cannot be opened (bytes that are not valid in the file system's encoding). */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Null when the file is ready; otherwise why it is left where it is. */
    private static String reasonToLeave(String name, BasicFileAttributes attributes, Instant now, int settleSeconds) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (attributes.isSymbolicLink()) {
            return "là liên kết (symbolic link) nên không được xử lý; hãy chép chính tệp vào thư mục inbox.";
        }
        if (attributes.isDirectory()) {
            return "là thư mục; hãy đặt các tệp báo cáo trực tiếp trong inbox, không đặt trong thư mục con.";
        }
        if (!attributes.isRegularFile()) {
            return "không phải tệp thông thường nên không được xử lý.";
        }
        if (name.startsWith("~$")) {
            return "là tệp khóa tạm của Office (tệp đang mở trong Excel), bỏ qua.";
        }
        if (PARTIAL_SUFFIXES.stream().anyMatch(lower::endsWith)) {
            return "đang được tải về hoặc ghi dở, để lại cho lần chạy sau.";
        }
        Duration age = Duration.between(attributes.lastModifiedTime().toInstant(), now);
        if (age.getSeconds() < settleSeconds) {
            return "vừa được sửa " + Math.max(0, age.getSeconds()) + " giây trước (có thể đang được ghi), để lại cho lần chạy sau.";
        }
        return null;
    }

    /**
     * The files to take, in order; a line for each file left in the inbox (shown to the operator); a line for each
     * hidden file (only logged: a {@code .gitkeep} or {@code .DS_Store} is no news on every run).
     */
    record Scan(List<InboxFile> ready, List<String> leftInInbox, List<String> hidden) {
    }
}
