package vn.daklak.ngoaivu.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.daklak.ngoaivu.support.VietnamTime;

/** Binds {@link ReportProperties} from {@code ngvh.report.*}, and the deadlines they set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
class ReportConfiguration {

    /** The configured deadlines, Vietnam time. */
    @Bean
    SubmissionDeadlines submissionDeadlines(ReportProperties properties) {
        return new SubmissionDeadlines(properties.h1Deadline(), properties.yearDeadline(), VietnamTime.ZONE);
    }
}
