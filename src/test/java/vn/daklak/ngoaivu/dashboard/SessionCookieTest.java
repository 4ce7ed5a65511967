package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The session cookie as a real server sends it (MockMvc has no cookie attributes to check). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "ngvh.dashboard.output=" + DashboardTest.OUTPUT})
class SessionCookieTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        new DashboardTestData(jdbc, commands).reset().user("xem", Role.VIEWER);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=xem&password=" + DashboardTestData.PASSWORD
                                + "&_csrf=" + token.group(1)))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("JSESSIONID=").contains("; HttpOnly").contains("; SameSite=Strict");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
