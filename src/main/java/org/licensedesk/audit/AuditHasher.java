package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;
import org.licensedesk.domain.AuditEntry;

/**
 * Computes an entry's hash: lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 (JSON
 * Canonicalization Scheme) form of the entry with every field but {@code hash}.
 */
public final class AuditHasher {
    /** One digest a thread rather than a provider look-up for every entry hashed. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    });

    /**
     * The direct way reads details with a bare streaming factory (the same parser a mapper's factory makes): building
     * a configured {@code ObjectMapper} for every hasher took 0.3-0.6 s of each {@code verify-audit FILE}
     * (issue 11), and only the general way needs one ({@link #json()}).
     */
    private final CanonicalEntry canonicalEntry = new CanonicalEntry(new JsonFactory());
    private AuditEntryJson json;

    public String hash(AuditEntry entry) {
        byte[] canonical = canonicalEntry.bytes(entry);
        return hex(canonical != null ? canonical : canonicalByTree(entry));
    }

    /**
     * As {@link #hash(AuditEntry)}, for an entry whose details were read from a stream (an exported file's) and are
     * not in its {@code detailsJson}: they are written out as text only when the general way needs them.
     */
    String hash(AuditEntry entry, CanonicalEntry.Details details) {
        byte[] canonical = canonicalEntry.bytes(entry, details);
        return hex(canonical != null ? canonical : canonicalByTree(withDetails(entry, details.json())));
    }

    private static AuditEntry withDetails(AuditEntry entry, String detailsJson) {
        return new AuditEntry(entry.seq(), entry.at(), entry.applicationRef(), entry.action(), entry.actor(),
                entry.actorRole(), entry.fromStatus(), entry.toStatus(), entry.note(), detailsJson, entry.prevHash(),
                entry.hash());
    }

    /** The general way: the entry as a Jackson tree, written and canonicalized; refuses floating-point numbers. */
    byte[] canonicalByTree(AuditEntry entry) {
        AuditEntryJson json = json();
        ObjectNode object = json.toJson(entry, false);
        refuseFloatingPoint(object, "");
        try {
            String text = json.mapper().writeValueAsString(object);
            return new JsonCanonicalizer(text).getEncodedUTF8();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an audit entry as JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot canonicalize an audit entry", e);
        }
    }

    /** What the general or the direct way wrote, for tests that hold them side by side. */
    byte[] canonical(AuditEntry entry) {
        byte[] canonical = canonicalEntry.bytes(entry);
        return canonical != null ? canonical : canonicalByTree(entry);
    }

    /** The mapper of the general way, made the first time an entry needs it. */
    private synchronized AuditEntryJson json() {
        if (json == null) {
            json = new AuditEntryJson();
        }
        return json;
    }

    private static String hex(byte[] canonical) {
        return HexFormat.of().formatHex(SHA_256.get().digest(canonical));
    }


    /** Returns the entry with its hash filled in. */
    public AuditEntry seal(AuditEntry entry) {
        return new AuditEntry(entry.seq(), entry.at(), entry.applicationRef(), entry.action(), entry.actor(),
                entry.actorRole(), entry.fromStatus(), entry.toStatus(), entry.note(), entry.detailsJson(),
                entry.prevHash(), hash(entry));
    }

    /** Decimals in entries are strings: a float would canonicalize differently across languages. */
    private static void refuseFloatingPoint(JsonNode node, String pointer) {
        if (node.isFloatingPointNumber() || node.isBigDecimal()) {
            throw new IllegalArgumentException("An audit entry may not hold a floating-point number (at "
                    + pointer + "); write decimals as strings.");
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> refuseFloatingPoint(field.getValue(), pointer + "/" + field.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseFloatingPoint(node.get(i), pointer + "/" + i);
            }
        }
    }
}
