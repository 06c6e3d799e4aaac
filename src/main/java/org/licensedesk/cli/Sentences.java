package org.licensedesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The one line a user reads when a command fails: the message of LicenseDesk's own refusals and failures as the
 * service wrote it, file errors in words, and anything else named as a defect, never as a stack trace.
 */
final class Sentences {
    /** Longest value echoed back from the command line; a pasted megabyte must not flood the terminal. */
    static final int ECHO_LIMIT = 100;
    private static final int LINE_LIMIT = 2_000;
    private static final String OWN_PACKAGES = "org.licensedesk.";

    private Sentences() {
    }

    /** What went wrong, in one line. */
    static String failure(Throwable failure) {
        if (failure instanceof UncheckedIOException) {
            IOException cause = ((UncheckedIOException) failure).getCause();
            String message = failure.getMessage();
            // new UncheckedIOException(e) only repeats the cause; a message of our own says more.
            boolean ownMessage = message != null && !message.equals(cause.toString());
            return oneLine(ownMessage ? message : file(cause));
        }
        if (failure instanceof IOException) {
            return oneLine(file((IOException) failure));
        }
        String message = failure.getMessage();
        if (failure.getClass().getName().startsWith(OWN_PACKAGES) && message != null && !message.isBlank()) {
            // LicenseDesk's refusals and store errors are written for the user (WorkflowRefusedException, ...).
            return oneLine(message);
        }
        return oneLine("unexpected error (" + failure.getClass().getSimpleName()
                + (message == null ? "" : ": " + message) + "); this is a defect in LicenseDesk: please report it "
                + "with the command you ran");
    }

    /** A file error in words: "there is no file /x/y.json". */
    static String file(IOException failure) {
        String file = failure instanceof FileSystemException ? ((FileSystemException) failure).getFile() : null;
        if (failure instanceof NoSuchFileException) {
            return "there is no file or folder " + file;
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        if (failure instanceof FileAlreadyExistsException) {
            return file + " already exists";
        }
        if (failure instanceof NotDirectoryException) {
            return file + " is not a folder";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "the folder " + file + " is not empty";
        }
        if (failure instanceof FileSystemException) {
            String reason = ((FileSystemException) failure).getReason();
            return file + ": " + (reason != null ? reason : "the file system refused");
        }
        return failure.getMessage() != null ? failure.getMessage() : "reading or writing a file failed";
    }

    /**
     * The text on one line that cannot drive the terminal: line breaks become spaces, other control and format
     * characters (an ANSI escape, a bidi override) are written as {@code \}{@code uXXXX}, and it is cut at a length
     * a terminal can show.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "no detail";
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), LINE_LIMIT) + 16);
        for (int i = 0; i < text.length() && line.length() < LINE_LIMIT; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                line.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                line.append(String.format("\\u%04X", (int) c));
            } else {
                line.append(c);
            }
        }
        if (line.length() >= LINE_LIMIT) {
            line.append("…");
        }
        return line.toString().strip();
    }

    /** A value from the command line, quoted and cut to {@link #ECHO_LIMIT} characters. */
    static String quoted(String value) {
        String shown = value.length() > ECHO_LIMIT ? value.substring(0, ECHO_LIMIT) + "…" : value;
        return "'" + oneLine(shown) + "'";
    }
}
