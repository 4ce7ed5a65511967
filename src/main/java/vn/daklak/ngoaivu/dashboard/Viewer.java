package vn.daklak.ngoaivu.dashboard;

import java.util.Arrays;
import java.util.Comparator;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user as pages see them: the name, and the highest role held. */
public record Viewer(String name, Role role) {

    /** The viewer of a signed-in request; a request without one gets a nameless viewer with no rights beyond reading. */
    public static Viewer of(Authentication authentication) {
        if (authentication == null) {
            return new Viewer("", Role.VIEWER);
        }
        Role role = Arrays.stream(Role.values())
                .filter(r -> authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(r.authority()::equals))
                .max(Comparator.naturalOrder()).orElse(Role.VIEWER);
        return new Viewer(authentication.getName(), role);
    }

    public boolean operator() {
        return role.compareTo(Role.OPERATOR) >= 0;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
