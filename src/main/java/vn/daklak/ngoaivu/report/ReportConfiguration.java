package vn.daklak.ngoaivu.report;

import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.daklak.ngoaivu.chart.SubmissionDeadlines;

/** Binds {@link ReportProperties} from {@code ngvh.report.*}; the charts judge timeliness by the same deadlines. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
class ReportConfiguration {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    SubmissionDeadlines submissionDeadlines(ReportProperties properties) {
        return deadlines(properties);
    }

    /** The configured deadlines, Vietnam time: the same for the charts and {@link PeriodFiguresQuery}. */
    static SubmissionDeadlines deadlines(ReportProperties properties) {
        return new SubmissionDeadlines(properties.h1Deadline(), properties.yearDeadline(), VIETNAM);
    }
}
