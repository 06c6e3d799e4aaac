package org.licensedesk.domain.licence;

import java.util.Optional;

/**
 * A licence action the rules refuse; the message is one sentence saying why and what to do. Nothing was written.
 * A refusal that concerns one field of the request names it as the shipments file does ({@code shippedOn},
 * {@code consignee}, {@code customsDeclaration}, {@code lines/2} for the second line given), so a form can show the
 * sentence beside that field.
 */
public final class LicenceRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public LicenceRefusedException(String message) {
        this(message, null);
    }

    public LicenceRefusedException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The field of the request the refusal concerns; empty when it concerns the request as a whole. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
