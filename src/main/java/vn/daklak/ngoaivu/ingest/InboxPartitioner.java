package vn.daklak.ngoaivu.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Names the partitions of a run, {@code partition0} to {@code partition<n-1>}; each context only says its number: the
 * files are in ingest_file, planned by {@link RunPlanner} before the job starts. The names are stable, so a restart
 * finds each partition's earlier execution and starts only those that did not complete.
 */
class InboxPartitioner implements Partitioner, PartitionNameProvider {

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(IngestPartitionTasklet.PARTITION, i);
            partitions.put(name(i), context);
        }
        return partitions;
    }

    @Override
    public Collection<String> getPartitionNames(int gridSize) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < gridSize; i++) {
            names.add(name(i));
        }
        return names;
    }

    private static String name(int i) {
        return "partition" + i;
    }
}
