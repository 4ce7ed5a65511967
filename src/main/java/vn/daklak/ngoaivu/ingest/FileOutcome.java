package vn.daklak.ngoaivu.ingest;

/**
 * What became of one inbox file.
 *
 * @param message one Vietnamese line for the console: where the file went, or why it failed
 * @param sha256  the file's content hash when it was read (null when it could not be)
 */
public record FileOutcome(String fileName, Outcome outcome, String agencyCode, Integer year, String period,
                          int errors, int warnings, long rows, String message, String sha256) {

    public FileOutcome(String fileName, Outcome outcome, String agencyCode, Integer year, String period,
                       int errors, int warnings, long rows, String message) {
        this(fileName, outcome, agencyCode, year, period, errors, warnings, rows, message, null);
    }

    /** The same outcome, naming the bytes it was about (the run's file list records them). */
    public FileOutcome withSha256(String sha) {
        return new FileOutcome(fileName, outcome, agencyCode, year, period, errors, warnings, rows, message, sha);
    }

    /** The four fates of a file. */
    public enum Outcome {
        ACCEPTED("chấp nhận"), REJECTED("bị từ chối"), DUPLICATE("trùng lặp"), FAILED("lỗi xử lý");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
