package vn.daklak.ngoaivu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The JVM fixes the encoding of file names and arguments from the locale at start ({@code sun.jnu.encoding}; Java 17
 * ignores setting it), and cron, systemd units and CI often run with no locale at all: then a Vietnamese file name
 * cannot even be opened. Rather than make the officer set a locale, the program starts itself once more under
 * {@code C.UTF-8}, with the same JVM options, the same arguments (taken as the bytes the shell passed, from
 * {@code /proc/self/cmdline}, since the JVM has already mangled them), the same standard streams and the child's exit
 * code. A signal that stops this process stops the child, which ends at its own safe point.
 */
final class Utf8Relaunch {

    /** Set in the child: its arguments, UTF-8 NUL-separated and Base64 encoded (ASCII survives any locale). */
    static final String ARGUMENTS = "NGVH_UTF8_ARGUMENTS";

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private Utf8Relaunch() {
    }

    static boolean needed() {
        return !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) && System.getenv(ARGUMENTS) == null;
    }

    /** The child's exit code; empty when this process cannot start itself again (then the caller refuses). */
    static Optional<Integer> run(String[] args) {
        Optional<List<String>> raw = rawCommandLine();
        if (raw.isEmpty() || raw.get().size() < args.length + 1) {
            return Optional.empty();
        }
        List<String> all = raw.get();
        List<String> jvm = all.subList(0, all.size() - args.length);
        ProcessBuilder builder = new ProcessBuilder(jvm).inheritIO();
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put(ARGUMENTS, encode(all.subList(jvm.size(), all.size())));
        try {
            Process child = builder.start();
            Thread stopChild = new Thread(child::destroy, "ngvh-stop-child");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /** In the child: the arguments as the user typed them; otherwise {@code args} unchanged. */
    static String[] arguments(String[] args) {
        String encoded = System.getenv(ARGUMENTS);
        if (encoded == null || encoded.isEmpty()) {
            return encoded == null ? args : new String[0];
        }
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8).split("\0", -1);
    }

    static String encode(List<String> arguments) {
        return Base64.getEncoder().encodeToString(String.join("\0", arguments).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<List<String>> rawCommandLine() {
        try {
            byte[] bytes = Files.readAllBytes(CMDLINE);
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    parts.add(new String(Arrays.copyOfRange(bytes, start, i), StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(parts);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
