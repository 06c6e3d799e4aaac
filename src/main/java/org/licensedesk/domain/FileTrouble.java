package org.licensedesk.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why reading or writing a file failed, in a few words for a sentence such as "could not be written to F (permission
 * denied)": never the exception's class name nor a temporary file's name, which mean nothing to the reader.
 */
public final class FileTrouble {
    private FileTrouble() {
    }

    public static String reason(IOException failure) {
        if (failure instanceof java.nio.charset.CharacterCodingException) {
            return "it is not UTF-8 text; save it as UTF-8";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder, or no file can be created there";
        }
        if (failure instanceof NotDirectoryException) {
            return "part of the path is a file, not a folder";
        }
        if (failure instanceof FileSystemException) {
            String reason = ((FileSystemException) failure).getReason();
            return reason == null ? "the file system refused" : reason.toLowerCase(Locale.ROOT);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "the file system refused" : ShownText.shown(message);
    }
}
