package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;

/**
 * The batch commands' context (the default application type, no web server) starts none of the dashboard's web
 * beans: no page, no security filter, no upload folder; the {@code user} command's beans are there.
 */
@SpringBootTest
class BatchContextTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void noPageSecurityFilterOrUploadFolderButTheUserCommand() {
        assertThat(context.getBeansWithAnnotation(Controller.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
        assertThat(context.getBeanNamesForType(OutputFiles.class)).isEmpty();
        assertThat(context.containsBean("uploadedWorkbooks")).isFalse();
        assertThat(context.containsBean("figuresCache")).isFalse();
        assertThat(context.getBeanNamesForType(DashboardCommands.class)).containsExactly("dashboardCommands");
        assertThat(context.getBeanNamesForType(UserCommand.class)).containsExactly("userCommand");
    }
}
