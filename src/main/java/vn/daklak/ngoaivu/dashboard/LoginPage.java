package vn.daklak.ngoaivu.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@ServletOnly
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
