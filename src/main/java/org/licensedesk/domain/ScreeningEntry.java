package org.licensedesk.domain;

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
        List<String> aliases) {

    public ScreeningEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /**
     * What identifies this listed party across reloads of its list: the source and the list's own identifier, or,
     * without one, the source, list and name. Dispositions are kept by this key.
     */
    public String key() {
        return entityId != null && !entityId.isBlank() ? source + "|" + entityId : source + "|" + listName + "|" + name;
    }

    public ScreeningEntry withId(long newId) {
        return new ScreeningEntry(newId, source, listName, entityId, name, entryType, programs, addresses, aliases);
    }
}
