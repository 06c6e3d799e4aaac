package org.licensedesk.screening;

import java.util.Locale;

/** The restricted-party list files LicenseDesk reads, and the source each one replaces on import. */
public enum ListFormat {
    /** The US Consolidated Screening List CSV, with or without its {@code _id} column. */
    CSL("CSL"),
    /** The OFAC SDN list in its legacy headerless CSV form: {@code sdn.csv}, {@code alt.csv}, {@code add.csv}. */
    OFAC("OFAC_SDN"),
    /** MOFCOM's control and watch lists in LicenseDesk's own CSV (see {@link MofcomFileReader}). */
    MOFCOM("MOFCOM");

    private final String source;

    ListFormat(String source) {
        this.source = source;
    }

    /** The source name stored on entries; a re-import replaces all entries of this source. */
    public String source() {
        return source;
    }

    /** Reads "csl", "ofac" or "mofcom" as given on the command line, in any case. */
    public static ListFormat parse(String word) {
        for (ListFormat format : values()) {
            if (format.name().equalsIgnoreCase(word.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown list format '" + word + "': expected "
                + String.join(" or ", java.util.Arrays.stream(values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
