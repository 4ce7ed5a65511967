package vn.daklak.ngoaivu.ingest;

/**
 * What became of one inbox file.
 *
 * @param message one Vietnamese line for the console: where the file went, or why it failed
 */
public record FileOutcome(String fileName, Outcome outcome, String agencyCode, Integer year, String period,
                          int errors, int warnings, long rows, String message) {

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
