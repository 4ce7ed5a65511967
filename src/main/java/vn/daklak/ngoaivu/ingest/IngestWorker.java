package vn.daklak.ngoaivu.ingest;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code worker} command: while the process lives, its listener ({@link RemotePartitioningConfig.Worker}) takes
 * partitions of ingest runs from RabbitMQ. This only keeps the command in the foreground until the process is asked
 * to stop (SIGTERM, Ctrl+C), when Spring closes the context after the partition in hand.
 */
@Component
public class IngestWorker implements ApplicationListener<ContextClosedEvent> {

    private final CountDownLatch closed = new CountDownLatch(1);
    private final IngestProperties properties;
    private final Environment environment;

    IngestWorker(IngestProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Says where it listens, then waits until the application is closed; returns the exit code. */
    public int serve(Consumer<String> say) throws InterruptedException {
        say.accept("Tiến trình phụ (worker) sẵn sàng: nhận phần việc nạp từ hàng đợi \"" + properties.remote().requests()
                + "\" trên RabbitMQ " + environment.getProperty("spring.rabbitmq.host", "localhost") + ":"
                + environment.getProperty("spring.rabbitmq.port", "5672") + ", tối đa " + properties.poolSize()
                + " phần việc cùng lúc. Dừng bằng Ctrl+C.");
        closed.await();
        return 0;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }
}
