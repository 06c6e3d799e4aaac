package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The control list as loaded: lookup of entries by code, and which codes applied on a given day. */
public final class ControlList {
    private final Map<String, ControlListEntry> byCode = new LinkedHashMap<>();

    public ControlList(Collection<ControlListEntry> entries) {
        for (ControlListEntry entry : entries) {
            if (byCode.put(entry.code().value(), entry) != null) {
                throw new IllegalArgumentException("Control code listed twice: " + entry.code());
            }
        }
    }

    public List<ControlListEntry> entries() {
        return List.copyOf(byCode.values());
    }

    public Optional<ControlListEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Entries that needed a licence on that day, in code order. */
    public List<ControlListEntry> inForceOn(LocalDate day) {
        return byCode.values().stream().filter(e -> e.isInForceOn(day)).sorted(
                (a, b) -> a.code().compareTo(b.code())).toList();
    }
}
