package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@DashboardTest
class DashboardSecurityTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    @BeforeEach
    void users() {
        new DashboardTestData(jdbc, commands).reset().province().user("viewer", Role.VIEWER).user("admin", Role.ADMIN);
    }

    @Test
    void anonymousIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/").param("year", "2024").param("period", "YEAR"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageHasTheFieldsAndTheCsrfToken() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("Đăng nhập")));
    }

    @Test
    void rightPasswordSignsInAndIsAudited() throws Exception {
        mvc.perform(post("/login").param("username", "viewer").param("password", DashboardTestData.PASSWORD).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));

        assertThat(actions("viewer")).containsExactly("LOGIN");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "viewer").param("password", DashboardTestData.PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(actions("viewer")).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "viewer").param("password", "sai-mat-khau").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", "viewer").param("password", DashboardTestData.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/login?error"));

        assertThat(actions("viewer")).hasSize(6).containsOnly("LOGIN_FAILED");
        assertThat(jdbc.sql("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("LockedException");
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        commands.user(java.util.List.of("disable", "viewer"), null, DashboardTestData.stdin(""), System.out);

        mvc.perform(post("/login").param("username", "viewer").param("password", DashboardTestData.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
        assertThat(actions("viewer")).containsExactly("LOGIN_FAILED");
    }

    @Test
    void newPasswordLiftsTheLock() throws Exception {
        jdbc.sql("UPDATE app_user SET failed_logins = 5, locked_until = now() + interval '10 minutes'"
                + " WHERE username = 'viewer'").update();
        commands.user(java.util.List.of("passwd", "viewer"), null, DashboardTestData.stdin("mat-khau-moi-123"),
                System.out);

        mvc.perform(post("/login").param("username", "viewer").param("password", "mat-khau-moi-123").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void auditLogIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/audit").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm người dùng")));
    }

    @Test
    void administratorsDisableUsersOnThePageOthersMayNot() throws Exception {
        mvc.perform(get("/users").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/users/viewer/disable").with(user("op").roles("OPERATOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/viewer/disable").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/users/viewer/disable").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/users"));
        mvc.perform(get("/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã vô hiệu hóa")));
        assertThat(actions("admin")).containsExactly("USER_DISABLED");
        mvc.perform(post("/login").param("username", "viewer").param("password", DashboardTestData.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void viewerMayNotRunJobsOrPlaceFiles() throws Exception {
        mvc.perform(post("/jobs/run").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/check/place").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/feedback/1").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void logoutIsAPostWithTheToken() throws Exception {
        mvc.perform(post("/logout").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void everyPageCarriesTheProtectiveHeaders() throws Exception {
        mvc.perform(get("/").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void healthIsTheOnlyOpenEndpointAndShowsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/info")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    private java.util.List<String> actions(String user) {
        return jdbc.sql("SELECT action FROM audit_log WHERE username = ? ORDER BY id").param(user).query(String.class)
                .list();
    }
}
