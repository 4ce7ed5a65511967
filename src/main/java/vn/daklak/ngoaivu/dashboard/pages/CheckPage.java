package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.daklak.ngoaivu.check.FileCheck;
import vn.daklak.ngoaivu.dashboard.AuditAction;
import vn.daklak.ngoaivu.dashboard.AuditLog;
import vn.daklak.ngoaivu.dashboard.DashboardProperties;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * Kiểm tra tệp: an operator uploads a workbook and sees every problem the nightly run would report (the
 * {@code validate} command's checks, against the input folder's reference data), then may place it in the inbox for
 * the next run. The upload is deleted as soon as it has been checked (or placed); both actions are audited.
 */
@ServletOnly
@Controller
class CheckPage {

    private final FileCheck check;
    private final UploadedWorkbooks uploads;
    private final AuditLog audit;
    private final DashboardProperties settings;
    private final MultipartProperties multipart;

    CheckPage(FileCheck check, UploadedWorkbooks uploads, AuditLog audit, DashboardProperties settings,
              MultipartProperties multipart) {
        this.check = check;
        this.uploads = uploads;
        this.audit = audit;
        this.settings = settings;
        this.multipart = multipart;
    }

    /** The upload limit as Boot applies it ({@code spring.servlet.multipart.max-file-size}), for the form's label. */
    @ModelAttribute("maxUpload")
    String maxUpload() {
        return multipart.getMaxFileSize().toMegabytes() + " MB";
    }

    @GetMapping("/check")
    String form(@RequestParam(required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("message", "check.tooLarge");
            model.addAttribute("fileName", maxUpload());
        }
        return "check";
    }

    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile file, Authentication user, HttpServletRequest request,
                 Model model) throws IOException {
        return checked(file, false, user, request, model);
    }

    @PostMapping("/check/place")
    String place(@RequestParam("file") MultipartFile file, Authentication user, HttpServletRequest request,
                 Model model) throws IOException {
        return checked(file, true, user, request, model);
    }

    private String checked(MultipartFile file, boolean place, Authentication user, HttpServletRequest request,
                           Model model) throws IOException {
        String name = file.getOriginalFilename();
        model.addAttribute("fileName", name);
        Optional<Path> stored = uploads.store(file);
        if (stored.isEmpty()) {
            model.addAttribute("message", "check.notWorkbook");
            return "check";
        }
        try {
            FileCheck.Verdict verdict = check.check(settings.input(), stored.get());
            model.addAttribute("verdict", verdict);
            audit.record(user.getName(), AuditAction.FILE_CHECKED, name + ": " + verdict.errors() + " lỗi, "
                    + verdict.warnings() + " cảnh báo", request.getRemoteAddr());
            if (place) {
                model.addAttribute("message", placed(stored.get(), name, user, request));
            }
        } finally {
            uploads.delete(stored.get());
        }
        return "check";
    }

    /** Places the checked file in the inbox under its own name; the message key says how that went. */
    private String placed(Path stored, String name, Authentication user, HttpServletRequest request)
            throws IOException {
        Optional<String> inboxName = UploadedWorkbooks.inboxName(name);
        if (inboxName.isEmpty()) {
            return "check.badName";
        }
        if (!uploads.place(stored, settings.input().resolve("inbox"), inboxName.get())) {
            return "check.alreadyInInbox";
        }
        audit.record(user.getName(), AuditAction.FILE_PLACED, inboxName.get(), request.getRemoteAddr());
        return "check.placed";
    }
}
