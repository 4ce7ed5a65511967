package vn.daklak.ngoaivu.ops;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The graceful stop, listening to every Spring Batch job of the application (whichever feature defines it). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsProperties.class)
class OpsConfiguration {

    @Bean
    GracefulStop gracefulStop(OpsProperties properties) {
        return new GracefulStop(properties.stopWait());
    }

    /**
     * Registers the graceful stop as a listener of each job as it is created, so no job definition needs to know about
     * it. Static and lazy: a post-processor must not pull other beans in early.
     */
    @Bean
    static BeanPostProcessor stopEveryJob(ObjectProvider<GracefulStop> stop) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(stop.getObject());
                }
                return bean;
            }
        };
    }
}
