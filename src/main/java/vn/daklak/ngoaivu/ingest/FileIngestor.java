package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.ingest.SubmissionStore.KnownSubmission;
import vn.daklak.ngoaivu.support.DatabaseLoss;

/**
 * Takes one planned file to its end: load and decide it ({@link FileLoad}, one transaction), then (only once that has
 * committed) have it moved and answered ({@link SubmissionFinisher}). Bytes decided earlier but never finished (a run
 * or a worker died after the commit) are finished now, not loaded again; bytes of a fully finished submission are
 * archived as a duplicate. Never throws: a failure is an outcome, logged with its cause.
 */
@Component
class FileIngestor {

    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final FileLoad load;
    private final SubmissionStore store;
    private final SubmissionFinisher finisher;

    FileIngestor(FileLoad load, SubmissionStore store, SubmissionFinisher finisher) {
        this.load = load;
        this.store = store;
        this.finisher = finisher;
    }

    FileOutcome ingest(PlannedFile file, Path inputRoot, Path outputRoot) {
        try {
            return ingestOrThrow(file, inputRoot, outputRoot);
        } catch (Exception | StackOverflowError e) {
            Optional<String> lost = DatabaseLoss.cause(e);
            if (lost.isPresent()) {
                throw new DatabaseLoss.Lost(lost.get(), e);   // every later file would fail the same way
            }
            log.error("Xử lý {} thất bại", file.name(), e);
            return failed(file, Messages.FAILED_LEFT);
        }
    }

    private FileOutcome ingestOrThrow(PlannedFile file, Path inputRoot, Path outputRoot) throws IOException {
        Optional<KnownSubmission> known = store.findBySha(file.sha256()).filter(KnownSubmission::decided);
        if (!Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            return gone(file, known, inputRoot);
        }
        if (known.isPresent() && known.get().finished()) {
            Path to = new FileMover(inputRoot).duplicate(file.inboxFile(), file.sha256());
            KnownSubmission k = known.get();
            return new FileOutcome(file.name(), Outcome.DUPLICATE, k.agencyCode(), k.year(), k.period(), 0, 0, 0,
                    "trùng nội dung với tệp đã nhận trước đó, đã lưu vào " + inputRoot.relativize(to), file.sha256());
        }
        if (known.isPresent()) {
            log.info("Hoàn tất {} (đã quyết định ở lần chạy trước nhưng chưa được chuyển đi)", file.name());
            return finisher.finish(known.get(), file.inboxFile(), inputRoot, outputRoot);
        }
        long id;
        try {
            id = load.load(file);
        } catch (SubmissionStore.AlreadyDecided e) {
            // a partition taken again while its first taker was still at work: the first decision stands
            return ingestOrThrow(file, inputRoot, outputRoot);
        }
        KnownSubmission decided = store.findBySha(file.sha256()).filter(k -> k.id() == id).orElseThrow();
        return finisher.finish(decided, file.inboxFile(), inputRoot, outputRoot);
    }

    /**
     * The file left the inbox since it was planned: a restart after it was finished (its outcome then stands), or
     * someone took it away (nothing to do; said as a failure so the officer sees it).
     */
    private static FileOutcome gone(PlannedFile file, Optional<KnownSubmission> known, Path inputRoot) {
        if (known.isPresent() && known.get().finished()) {
            KnownSubmission k = known.get();
            return new FileOutcome(file.name(), k.accepted() ? Outcome.ACCEPTED : Outcome.REJECTED, k.agencyCode(),
                    k.year(), k.period(), 0, 0, 0, "đã xử lý xong trước đó, lưu tại " + k.storedPath(), file.sha256());
        }
        return failed(file, "tệp không còn trong inbox (đã bị chuyển hoặc xoá trước khi được xử lý)");
    }

    private static FileOutcome failed(PlannedFile file, String message) {
        return new FileOutcome(file.name(), Outcome.FAILED, null, null, null, 0, 0, 0, message, file.sha256());
    }
}
