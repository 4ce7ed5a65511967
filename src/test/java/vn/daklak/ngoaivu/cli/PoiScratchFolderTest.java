package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI writes its scratch files to the per-user folder from the first POI call on, in every command and every test:
 * a {@code poifiles} that another user left in the system temp folder (here: a plain file, which nobody, root
 * included, can use as a folder) must not matter.
 */
class PoiScratchFolderTest {

    @TempDir
    Path temp;

    @Test
    void aCommandUsesThePerUserScratchFolderFromItsFirstPoiCall() throws Exception {
        Path tmpdir = Files.createDirectories(temp.resolve("tmp"));
        Files.writeString(tmpdir.resolve("poifiles"), "left by another user");

        FreshJvm.Result result = FreshJvm.run(Path.of("").toAbsolutePath(), List.of("-Djava.io.tmpdir=" + tmpdir),
                PoiScratchProbe.class, "help");

        assertThat(result.stdout()).endsWith("exit=0 scratch=" + tmpdir.resolve("poifiles-" + user()) + "\n");
    }

    @Test
    void testsUseThePerUserScratchFolder() throws IOException {
        File scratch = TempFile.createTempFile("test", ".xml");
        try {
            assertThat(scratch.getParentFile().getName()).isEqualTo("poifiles-" + user());
        } finally {
            Files.delete(scratch.toPath());
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }
}
