package org.licensedesk.domain;

/** How the goods leave the country; either part may be unknown. */
public record Transport(String mode, String portOfExport) {
    public static final Transport UNKNOWN = new Transport(null, null);
}
