package vn.campaign.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import vn.campaign.model.Language;

/**
 * How the commands treat the files they are given and the files they write: an input must be a
 * regular file (a FIFO, a device or a socket is refused before any read, so a command never hangs on
 * one); an output is never one of the inputs, never replaces an existing file without {@code --force},
 * and is written to a temporary file beside it and moved into place, so a failure never leaves a
 * half-written or emptied file.
 */
final class Outputs {

    private Outputs() {
    }

    /** Writes an output's bytes. */
    interface Writer {
        /** Writes everything to the stream. */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Returns why an input cannot be read, before anything reads it: it does not exist, or it is not a
     * regular file or a folder.
     *
     * @param input the input, not null
     * @param language the language of the reason, not null
     * @return the one-line reason with its code, or empty when it can be read
     */
    static Optional<String> refuseInput(Path input, Language language) {
        if (!Files.exists(input)) {
            return Optional.of(Reports.unreadable(input, new NoSuchFileException(input.toString()), language));
        }
        if (!Files.isRegularFile(input) && !Files.isDirectory(input)) {
            // The words of PlanJson's own refusal, so that every command says it alike.
            return Optional.of(Reports.unreadable(input,
                    new IOException("not a regular file (a FIFO, a device or a socket)"), language));
        }
        return Optional.empty();
    }

    /**
     * Returns why an output cannot be written there, before anything is rendered: it is one of the
     * inputs, or it exists and {@code force} is not given, or it is a folder.
     *
     * @param output the output file, not null
     * @param force whether an existing file may be replaced
     * @param inputs the command's inputs, not null
     * @return the one-line reason, or empty when it can be written
     */
    static Optional<String> refuseOutput(Path output, boolean force, Path... inputs) {
        for (Path input : inputs) {
            if (input != null && sameFile(output, input)) {
                return Optional.of(output + ": the output is the input; name another file [OUTPUT_IS_INPUT]");
            }
        }
        if (Files.isDirectory(output)) {
            return Optional.of(output + ": is a folder; name a file [OUTPUT_IS_FOLDER]");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
            return Optional.of(output + ": exists; add --force to replace it [OUTPUT_EXISTS]");
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes a file whole or not at all: to a temporary file in the same folder, then moved over the
     * target (atomically where the file system can); on any failure the temporary file is deleted and
     * the target is as it was.
     *
     * @param target the file to write, not null
     * @param writer what to write, not null
     * @throws IOException if the file cannot be written; the target is then untouched
     */
    static void write(Path target, Writer writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "no such folder");
        }
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Describes a failure to write an output in one line, naming the file.
     *
     * @param target the output, not null
     * @param failure the failure, not null
     * @return the line, never null
     */
    static String unwritable(Path target, IOException failure) {
        String reason = failure instanceof NoSuchFileException ? "its folder does not exist"
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return target + ": cannot write the file: " + reason + " [FILE_UNWRITABLE]";
    }
}
