package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** One state of a file: a rewrite changes its size or modification time. Keys what is remembered about a file. */
record FileVersion(Path path, long size, FileTime modified) {

    /** The file's current version, or null when its attributes cannot be read (then nothing is remembered). */
    static FileVersion of(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new FileVersion(path.toAbsolutePath().normalize(), attributes.size(),
                    attributes.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }
}
