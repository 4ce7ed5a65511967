package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.daklak.ngoaivu.dashboard.AuditAction;
import vn.daklak.ngoaivu.dashboard.AuditLog;
import vn.daklak.ngoaivu.dashboard.OutputFiles;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * Tải về: the period's report files, charts and exports; and an agency's feedback file for operators (the rule is in
 * the security configuration). Every download is audited.
 */
@ServletOnly
@Controller
class DownloadsPage {

    private static final Map<String, MediaType> TYPES = Map.of(
            "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "png", MediaType.IMAGE_PNG,
            "svg", MediaType.parseMediaType("image/svg+xml"),
            "json", MediaType.APPLICATION_JSON,
            "csv", MediaType.parseMediaType("text/csv; charset=UTF-8"));

    private final OutputFiles files;
    private final AuditLog audit;

    DownloadsPage(OutputFiles files, AuditLog audit) {
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/downloads")
    String list(@ModelAttribute("selection") Selection selection, Model model) {
        model.addAttribute("files", files.reportFiles(selection.year(), selection.period()));
        return "downloads";
    }

    @GetMapping("/downloads/file")
    ResponseEntity<Resource> report(@ModelAttribute("selection") Selection selection, @RequestParam String name,
            Authentication user, HttpServletRequest request) {
        Path file = files.reportFile(selection.year(), selection.period(), name).orElseThrow(DownloadsPage::notFound);
        audit.record(user.getName(), AuditAction.REPORT_DOWNLOADED, selection.year() + " " + selection.period() + " "
                + name, request.getRemoteAddr());
        return attachment(file);
    }

    @GetMapping("/feedback/{id}")
    ResponseEntity<Resource> feedback(@PathVariable long id, Authentication user, HttpServletRequest request) {
        Path file = files.feedbackFile(id).orElseThrow(DownloadsPage::notFound);
        audit.record(user.getName(), AuditAction.FEEDBACK_DOWNLOADED, "submission " + id + ": " + file.getFileName(),
                request.getRemoteAddr());
        return attachment(file);
    }

    private static ResponseEntity<Resource> attachment(Path file) {
        String name = file.getFileName().toString();
        return ResponseEntity.ok().contentType(type(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file));
    }

    private static MediaType type(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), MediaType.APPLICATION_OCTET_STREAM);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
