package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listed party of a restricted-party list, with its aliases.
 *
 * @param id       the stored row's id, or 0 before it is stored
 * @param source   the list file it came from: {@code CSL} or {@code OFAC_SDN}; a re-import replaces one source
 * @param listName the list within the source, such as "Entity List (EL) - Bureau of Industry and Security"
 * @param entityId the list's own identifier (CSL {@code _id} or entity number, OFAC {@code ent_num}), or null
 * @param programs sanctions programs separated by "; ", or null
 * @param mofcom   the MOFCOM listing (list, Chinese name, announcement, dated status) of a {@code MOFCOM} entry, else null
 */
public record ScreeningEntry(
        long id,
        String source,
        String listName,
        String entityId,
        String name,
        String entryType,
        String programs,
        String addresses,
        List<String> aliases,
        MofcomListing mofcom) {

    public ScreeningEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** An entry of a US list, which has no MOFCOM listing. */
    public ScreeningEntry(long id, String source, String listName, String entityId, String name, String entryType,
                          String programs, String addresses, List<String> aliases) {
        this(id, source, listName, entityId, name, entryType, programs, addresses, aliases, null);
    }

    /**
     * Whether a party of an application received on {@code receivedOn} is screened against this entry: US entries
     * always; a MOFCOM listing when it was in force on the day the application was received or is in force today.
     */
    public boolean screenedFor(LocalDate receivedOn, LocalDate today) {
        if (mofcom == null) {
            return true;
        }
        return (receivedOn != null && mofcom.activeOn(receivedOn)) || mofcom.activeOn(today);
    }

    /**
     * What identifies this listed party across reloads of its list: the source and the list's own identifier, or,
     * without one, the source, list and name. Dispositions are kept by this key.
     */
    public String key() {
        return entityId != null && !entityId.isBlank() ? source + "|" + entityId : source + "|" + listName + "|" + name;
    }

    public ScreeningEntry withId(long newId) {
        return new ScreeningEntry(newId, source, listName, entityId, name, entryType, programs, addresses, aliases,
                mofcom);
    }
}
