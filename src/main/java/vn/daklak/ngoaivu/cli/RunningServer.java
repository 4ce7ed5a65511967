package vn.daklak.ngoaivu.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server already running on the embedded data folder, as its files tell: PostgreSQL's own
 * {@code postmaster.pid} (line 1 the server's process id, line 4 its port) and the {@code epg-lock} file that the
 * command which started it holds until it stops the server.
 *
 * @param pid   the postmaster's process id
 * @param port  the TCP port it listens on (localhost)
 * @param owned whether a live command of ours holds the lock, so will stop this server when it ends
 */
record RunningServer(long pid, int port, boolean owned) {

    static final String PID_FILE = "postmaster.pid";
    static final String LOCK_FILE = "epg-lock";
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    /** The server running on {@code dataDirectory}, if its pid file names a live PostgreSQL process. */
    static Optional<RunningServer> find(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        if (!isLivePostgres(pid)) {
            return Optional.empty();   // left by a crash: PostgreSQL itself replaces a stale pid file
        }
        return Optional.of(new RunningServer(pid, Integer.parseInt(lines.get(3).strip()), lockHeld(dataDirectory)));
    }

    /** Whether another process (or this one) holds the lock of the command that started the server. */
    static boolean lockHeld(Path dataDirectory) {
        Path lock = dataDirectory.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;   // cannot tell: better to say busy than to start a second server on the same data
        }
    }

    /** Whether the server accepts connections on its port now. */
    boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLivePostgres(long pid) {
        // after a reboot the pid may belong to an unrelated process; a postmaster's command names postgres
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
                .orElse(false);
    }
}
