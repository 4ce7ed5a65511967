package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second command on the embedded database, decided from a fake data folder (no PostgreSQL needed, and none could
 * run as root): a process named postgres stands for the postmaster, a listening socket for its port, a lock held by
 * this JVM for the command that started the server.
 */
class RunningServerTest {

    @TempDir
    Path dataRoot;
    Path dataDirectory;
    Process postmaster;
    ServerSocket port;

    @BeforeEach
    void startAFakePostmaster() throws IOException {
        dataDirectory = dataRoot.resolve("postgres");
        Files.createDirectories(dataDirectory);
        Path postgres = dataRoot.resolve("bin/postgres");
        Files.createDirectories(postgres.getParent());
        Files.copy(Path.of("/bin/sleep"), postgres, StandardCopyOption.COPY_ATTRIBUTES);
        postmaster = new ProcessBuilder(postgres.toString(), "60").start();
        port = new ServerSocket(0);
    }

    @AfterEach
    void stopIt() throws IOException {
        postmaster.destroy();
        port.close();
    }

    @Test
    void noPidFileMeansNoServer() {
        assertThat(RunningServer.find(dataDirectory)).isEmpty();
    }

    @Test
    void aPidFileOfALivePostmasterGivesItsPortAndItAnswers() throws IOException {
        writePidFile(postmaster.pid(), port.getLocalPort());

        Optional<RunningServer> server = RunningServer.find(dataDirectory);

        assertThat(server).contains(new RunningServer(postmaster.pid(), port.getLocalPort(), false));
        assertThat(server.get().answers()).isTrue();
    }

    @Test
    void aPidFileLeftByADeadServerIsIgnored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(gone.pid(), port.getLocalPort());

        assertThat(RunningServer.find(dataDirectory)).isEmpty();
    }

    @Test
    void aPidFileNamingAnotherLiveProgramIsIgnored() throws IOException {
        writePidFile(ProcessHandle.current().pid(), port.getLocalPort());

        assertThat(RunningServer.find(dataDirectory)).isEmpty();
    }

    @Test
    void theLockOfTheCommandThatStartedTheServerMakesItOwned() throws IOException {
        writePidFile(postmaster.pid(), port.getLocalPort());
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(RunningServer.LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThat(RunningServer.find(dataDirectory)).get().extracting(RunningServer::owned).isEqualTo(true);
        }
        assertThat(RunningServer.find(dataDirectory)).get().extracting(RunningServer::owned).isEqualTo(false);
    }

    @Test
    void whoMayJoinARunningServer() throws IOException {
        RunningServer owned = new RunningServer(postmaster.pid(), port.getLocalPort(), true);
        RunningServer leftRunning = new RunningServer(postmaster.pid(), port.getLocalPort(), false);

        assertThat(EmbeddedDatabase.mayJoin(owned, true)).isTrue();
        assertThat(EmbeddedDatabase.mayJoin(owned, false)).isFalse();
        assertThat(EmbeddedDatabase.mayJoin(leftRunning, false)).isTrue();
        port.close();
        assertThat(EmbeddedDatabase.mayJoin(owned, true)).isFalse();
    }

    @Test
    void statusUsesTheServerARunStartedAndLeavesItRunning() throws IOException {
        writePidFile(postmaster.pid(), port.getLocalPort());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (FileChannel channel = lockChannel(); FileLock held = channel.lock()) {
            EmbeddedDatabase joined = EmbeddedDatabase.openAsUser(settings(true), print(console));
            joined.close();

            assertThat(joined.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port.getLocalPort() + "/postgres");
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("Dùng PostgreSQL nhúng đang chạy (cổng "
                + port.getLocalPort() + "), dữ liệu lưu tại " + dataRoot.toAbsolutePath() + "\n");
        assertThat(postmaster.isAlive()).isTrue();
    }

    @Test
    void aSecondCommandThatMayNotJoinSaysInOneLineThatAnotherCommandUsesTheDatabaseWithExitCodeThree()
            throws IOException {
        writePidFile(postmaster.pid(), port.getLocalPort());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (FileChannel channel = lockChannel(); FileLock held = channel.lock()) {
            assertThatThrownBy(() -> EmbeddedDatabase.openAsUser(settings(false), print(console)))
                    .isInstanceOfSatisfying(EmbeddedDatabaseUnavailable.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(3);
                        assertThat(e.getMessage()).isEqualTo("Một lệnh khác đang dùng PostgreSQL nhúng (dữ liệu tại "
                                + dataDirectory.toAbsolutePath() + "): hãy chờ lệnh đó chạy xong rồi chạy lại lệnh này.");
                    });
        }
        assertThat(console.size()).isZero();
        assertThat(dataDirectory.resolve("PG_VERSION")).doesNotExist();
    }

    private EmbeddedDatabaseSettings settings(boolean joinRunning) {
        return new EmbeddedDatabaseSettings(dataRoot, joinRunning);
    }

    private FileChannel lockChannel() throws IOException {
        return FileChannel.open(dataDirectory.resolve(RunningServer.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    /** The first lines of PostgreSQL's postmaster.pid: pid, data directory, start time, port, socket dir, address. */
    private void writePidFile(long pid, int portNumber) throws IOException {
        Files.writeString(dataDirectory.resolve(RunningServer.PID_FILE), pid + "\n" + dataDirectory + "\n1764480000\n"
                + portNumber + "\n/tmp\nlocalhost\n  5432001   1\nready   \n");
    }
}
