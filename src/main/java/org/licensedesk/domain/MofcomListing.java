package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A party's listing on one of MOFCOM's lists under the Dual-Use Items Export Control Regulations: the control list
 * (管控名单, Arts. 28–30: exports refused) or the watch list (关注名单, Art. 26: single licence only, a risk-assessment
 * report and the exporter's undertaking, no statutory time limit). MOFCOM publishes these as annex text
 * "中文名（English name）" to numbered announcements, and suspends or removes listings by later announcements.
 *
 * @param nameZh         the Chinese name as published, or null when only an English name is known
 * @param nameEn         the English name as published, or null when only a Chinese name is known
 * @param country        ISO 3166-1 alpha-2 code of the entity's country
 * @param announcement   the announcement that listed it, such as "MOFCOM Announcement 2026 No. 11"
 * @param listedOn       the announcement's date: listings take effect on publication
 * @param suspendedFrom  first day of a suspension, or null
 * @param suspendedUntil last day of a suspension, or null for one without an end
 * @param removedOn      the day it was removed from the list, or null
 * @param sourceUrl      where the published text of the row can be read
 */
public record MofcomListing(MofcomList list, String nameZh, String nameEn, String country, String announcement,
                            LocalDate listedOn, LocalDate suspendedFrom, LocalDate suspendedUntil,
                            LocalDate removedOn, String sourceUrl) {

    /** The two lists. */
    public enum MofcomList {
        /** 管控名单: Arts. 28–30 of the Regulations. */
        CONTROL("MOFCOM Control List"),
        /** 关注名单: Art. 26 of the Regulations. */
        WATCH("MOFCOM Watch List");

        private final String listName;

        MofcomList(String listName) {
            this.listName = listName;
        }

        /** The list's name as hits show it. */
        public String listName() {
            return listName;
        }

        /** The list whose {@link #listName()} this is, or null for any other list. */
        public static MofcomList ofListName(String listName) {
            for (MofcomList list : values()) {
                if (list.listName.equals(listName)) {
                    return list;
                }
            }
            return null;
        }
    }

    public MofcomListing {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(listedOn, "listedOn");
        nameZh = blankToNull(nameZh);
        nameEn = blankToNull(nameEn);
        if (nameZh == null && nameEn == null) {
            throw new IllegalArgumentException("a listing needs a Chinese or an English name");
        }
        if (suspendedUntil != null && suspendedFrom == null) {
            throw new IllegalArgumentException("a suspension end needs a suspension start");
        }
        if (suspendedUntil != null && suspendedUntil.isBefore(suspendedFrom)) {
            throw new IllegalArgumentException("the suspension ends (" + suspendedUntil + ") before it starts ("
                    + suspendedFrom + ")");
        }
        if (removedOn != null && removedOn.isBefore(listedOn)) {
            throw new IllegalArgumentException("removed on " + removedOn + ", before it was listed on " + listedOn);
        }
    }

    /** Whether the listing was in force on that day: listed, not suspended, not yet removed. */
    public boolean activeOn(LocalDate day) {
        if (day.isBefore(listedOn)) {
            return false;
        }
        if (removedOn != null && !day.isBefore(removedOn)) {
            return false;
        }
        boolean suspended = suspendedFrom != null && !day.isBefore(suspendedFrom)
                && (suspendedUntil == null || !day.isAfter(suspendedUntil));
        return !suspended;
    }

    /** The name hits show: the English name, else the Chinese one. */
    public String displayName() {
        return nameEn != null ? nameEn : nameZh;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
