package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A supporting document listed with an application. The hash, when given, identifies the file filed. */
public record Document(DocumentType type, String title, LocalDate receivedOn, String sha256) {
    public Document {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
