package vn.daklak.ngoaivu.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The dashboard as {@code serve} runs it (a servlet application), driven through MockMvc; one shared context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.main.web-application-type=servlet",
        "ngvh.dashboard.output=" + DashboardTest.OUTPUT, "ngvh.dashboard.input=" + DashboardTest.INPUT,
        "ngvh.ingest.settle-seconds=0"})
@AutoConfigureMockMvc
public @interface DashboardTest {

    /** Where the dashboard under test reads reports and feedback files. */
    String OUTPUT = "target/dashboard-test-output";

    /** The input folder a run started from the dashboard under test reads. */
    String INPUT = "target/dashboard-test-input";
}
