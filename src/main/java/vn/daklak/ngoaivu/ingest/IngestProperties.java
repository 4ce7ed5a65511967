package vn.daklak.ngoaivu.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingest settings.
 *
 * @param settleSeconds a file modified less than this many seconds ago may still be being written: left for the next run
 * @param chunkSize     rows per transaction while loading a sheet
 */
@ConfigurationProperties("ngvh.ingest")
public record IngestProperties(@DefaultValue("30") int settleSeconds, @DefaultValue("1000") int chunkSize) {
}
