package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;
import vn.daklak.ngoaivu.dashboard.Role;

/**
 * A file over the upload limit, sent to a real server (MockMvc never parses a multipart body, so it cannot hit the
 * limit): the operator lands back on "Kiểm tra tệp" with the limit in words, not on an error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "ngvh.dashboard.output=target/upload-limit-output",
                "ngvh.dashboard.input=target/upload-limit-input"})
class UploadLimitTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    @Test
    void aFileOverTheLimitGetsAFriendlyPage() throws Exception {
        new DashboardTestData(jdbc, commands).reset().user("vanhanh", Role.OPERATOR);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(client);
        String form = client.send(HttpRequest.newBuilder(url("/check")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = TOKEN.matcher(form);
        assertThat(token.find()).isTrue();
        assertThat(form).contains("tối đa 20 MB");

        HttpResponse<String> upload = client.send(HttpRequest.newBuilder(url("/check"))
                .header("Content-Type", "multipart/form-data; boundary=ranh-gioi")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token.group(1), 30 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/check?tooLarge"));
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(url("/check?tooLarge")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tệp vừa chọn lớn hơn 20 MB nên chưa được kiểm tra (không có gì được lưu).")
                .doesNotContain("Exception");
    }

    private void signIn(HttpClient client) throws Exception {
        String login = client.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = TOKEN.matcher(login);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=vanhanh&password=" + DashboardTestData.PASSWORD
                        + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private static byte[] multipart(String csrf, int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 512);
        body.writeBytes(("--ranh-gioi\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--ranh-gioi\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[size]);
        body.writeBytes("\r\n--ranh-gioi--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
