package vn.daklak.ngoaivu.ingest;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.Message;

/**
 * Remote partitioning of the ingest (Spring Batch Integration over RabbitMQ), off unless asked for. The manager
 * ({@code run} or {@code serve} with {@code ngvh.ingest.remote-partitioning=true}) sends each partition of a run as a
 * {@link StepExecutionRequest} on the durable queue {@code ngvh.ingest.remote.requests} and polls the shared job
 * repository until every partition has ended or {@code timeout-seconds} have passed. A {@code worker} process takes
 * requests from that queue, at most {@code ngvh.ingest.threads} at a time, and runs the same worker step as a local
 * thread would. All share the database and the input and output folders (the paths are job parameters).
 * <p>
 * A worker acknowledges a request when it starts it, not when it ends: a partition is never run twice at once (a
 * broker that times out a long unacknowledged delivery would hand it to a second worker). A worker killed mid-partition
 * leaves its partition STARTED; the manager's wait ends with the run failed, and the next run's restart sends that
 * partition again, to take only its files left open (the one it was loading was rolled back with its connection).
 */
class RemotePartitioningConfig {

    /** Java serialization, but only of the one class the queue carries. */
    static SimpleMessageConverter converter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return converter;
    }

    // Boot 4 ships Spring Integration's auto-configuration in a module of its own: enabled here, only when used
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "ngvh.ingest.remote-partitioning", havingValue = "true")
    @EnableIntegration
    static class Manager {

        @Bean
        Queue ingestRequestsQueue(IngestProperties properties) {
            return new Queue(properties.remote().requests(), true);
        }

        @Bean
        DirectChannel ingestRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow ingestRequestsToRabbit(DirectChannel ingestRequests, RabbitTemplate rabbit,
                                               IngestProperties properties) {
            rabbit.setMessageConverter(converter());
            return IntegrationFlow.from(ingestRequests)
                    .handle(Amqp.outboundAdapter(rabbit).routingKey(properties.remote().requests()))
                    .get();
        }

        @Bean
        PartitionHandler ingestPartitionHandler(DirectChannel ingestRequests, JobRepository repository,
                                                IngestProperties properties) {
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(IngestJobConfig.WORKER_STEP);
            handler.setGridSize(properties.gridSize());
            handler.setJobRepository(repository);
            handler.setPollInterval(properties.remote().pollSeconds() * 1000);
            handler.setTimeout(properties.remote().timeoutSeconds() * 1000);
            handler.setMessagingOperations(new MessagingTemplate(ingestRequests));
            return handler;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "ngvh.ingest.worker", havingValue = "true")
    @EnableIntegration
    static class Worker {

        @Bean
        Queue ingestRequestsQueue(IngestProperties properties) {
            return new Queue(properties.remote().requests(), true);
        }

        @Bean
        StepExecutionRequestHandler ingestStepRequestHandler(JobRepository repository, Step ingestPartitionStep) {
            StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
            handler.setJobRepository(repository);
            handler.setStepLocator(name -> IngestJobConfig.WORKER_STEP.equals(name) ? ingestPartitionStep : null);
            return handler;
        }

        @Bean
        IntegrationFlow ingestRequestsFromRabbit(ConnectionFactory rabbit, IngestProperties properties,
                                                 StepExecutionRequestHandler ingestStepRequestHandler) {
            return IntegrationFlow.from(Amqp.inboundAdapter(rabbit, properties.remote().requests())
                            .messageConverter(converter())
                            .configureContainer(c -> c.acknowledgeMode(AcknowledgeMode.MANUAL).prefetchCount(1)
                                    .concurrentConsumers(properties.poolSize())))
                    .handle(message -> {
                        acknowledge(message);
                        ingestStepRequestHandler.handle((StepExecutionRequest) message.getPayload());
                    })
                    .get();
        }

        private static void acknowledge(Message<?> message) {
            Channel channel = message.getHeaders().get(AmqpHeaders.CHANNEL, Channel.class);
            Long tag = message.getHeaders().get(AmqpHeaders.DELIVERY_TAG, Long.class);
            try {
                channel.basicAck(tag, false);
            } catch (IOException e) {
                throw new UncheckedIOException("Không xác nhận được phần việc với RabbitMQ", e);
            }
        }
    }
}
