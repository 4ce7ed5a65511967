package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daklak.ngoaivu.dashboard.AuditAction;
import vn.daklak.ngoaivu.dashboard.AuditLog;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.dashboard.UserAccounts;

/**
 * Người dùng: administrators see every account and may disable one (the security configuration allows {@code /users}
 * to administrators only). New accounts and passwords stay with the {@code user} command, which reads the password
 * where no browser or proxy log can keep it.
 */
@ServletOnly
@Controller
class UsersPage {

    private final UserAccounts accounts;
    private final AuditLog audit;

    UsersPage(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("now", java.time.Instant.now());
        return "users";
    }

    @PostMapping("/users/{name}/disable")
    String disable(@PathVariable String name, Authentication admin, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (name.equals(admin.getName())) {
            redirect.addFlashAttribute("message", "users.notSelf");
        } else if (accounts.disable(name)) {
            audit.record(admin.getName(), AuditAction.USER_DISABLED, name, request.getRemoteAddr());
            redirect.addFlashAttribute("message", "users.disabled");
        }
        return "redirect:/users";
    }
}
