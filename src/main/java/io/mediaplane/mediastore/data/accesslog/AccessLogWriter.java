package io.mediaplane.mediastore.data.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mediaplane.mediastore.data.DataRequest;
import io.mediaplane.mediastore.policy.LifecyclePolicy;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Formats a batch of requests and appends them to their hourly files, one append per file. Writer thread only. */
final class AccessLogWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLogWriter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccessLogFiles files;
    private final Counter failed;

    AccessLogWriter(AccessLogFiles files, Counter failed) {
        this.files = files;
        this.failed = failed;
    }

    void write(List<DataRequest> requests) {
        Map<Path, StringBuilder> byFile = new LinkedHashMap<>();
        Map<Path, Integer> counts = new HashMap<>();
        for (DataRequest r : requests) {
            try {
                String line = JSON.writeValueAsString(AccessLogRecord.of(
                        r,
                        LifecyclePolicy.stored(r.container().lifecyclePolicy()).orElse(null)));
                Path file = files.file(r.container(), r.requestTime());
                byFile.computeIfAbsent(file, f -> new StringBuilder())
                        .append(line)
                        .append('\n');
                counts.merge(file, 1, Integer::sum);
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.warn("access log record for request {} not written: {}", r.requestId(), e.toString());
                failed.increment();
            }
        }
        for (Map.Entry<Path, StringBuilder> e : byFile.entrySet()) {
            try {
                Files.createDirectories(e.getKey().getParent());
                Files.writeString(
                        e.getKey(),
                        e.getValue(),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException ex) {
                LOG.warn("access log {} not written: {}", e.getKey(), ex.toString());
                failed.increment(counts.get(e.getKey()));
            }
        }
    }
}
