package org.licensedesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.licensedesk.json.JsonFailure;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.erdtman.jcs.JsonCanonicalizer;
import org.licensedesk.domain.FileTrouble;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/**
 * Anchors the audit chain outside the database. A checkpoint is a small file a supervisor signs with an Ed25519 key
 * kept on the workstation: "on {@code at}, {@code by} saw entry {@code headSeq} with hash {@code headHash}". Kept off
 * the machine, it later shows whether the chain was rewritten, re-chained or truncated at or before that entry.
 *
 * <p>The signed bytes are the RFC 8785 canonical JSON (UTF-8) of the checkpoint object without its
 * {@code signature} field; {@code signature} is the base64 Ed25519 signature of them and {@code publicKey} the base64
 * X.509 encoding of the key. A key is legitimate only when the chain itself holds a {@code SIGNING_KEY_REGISTERED}
 * entry with that public key, written when the key was made.
 */
public final class AuditCheckpoints {
    public static final String FORMAT = "licensedesk.checkpoint";
    public static final int FORMAT_VERSION = 1;
    private static final String TAKE = "take an audit checkpoint";

    private final Database database;
    private final AuditRepository repository;
    private final AuditTrail trail;
    private final Clock clock;
    private final Officials officials;
    private final ObjectMapper mapper = new ObjectMapper();

    public AuditCheckpoints(Database database, AuditRepository repository, AuditTrail trail, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.officials = new Officials(database, new UserRepository(database),
                new TrailAgreement(database, repository, trail));
    }

    /** What a taken checkpoint says, and whether a new key was made and registered for it. */
    public record Taken(long headSeq, String headHash, Path file, boolean keyRegistered) {
    }

    /**
     * Signs the chain's current head and writes the checkpoint file. Makes the supervisor's key on first use, and
     * registers its public key in the chain (also when a key made for another database is used here first).
     *
     * @throws AuditRefusedException when the user is not an active supervisor
     */
    public Taken take(User by, SigningKeys keys, Path target) {
        // The account as stored, not as it signed in: checked before a key is made, and again where the key is
        // registered.
        User stored = officials.require(Authority.SUPERVISOR, by, TAKE, AuditRefusedException::new);
        KeyPair pair = keys.load(stored.username()).orElseGet(() -> keys.create(stored.username()));
        String publicKey = SigningKeys.encode(pair.getPublic());
        boolean registered = database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, TAKE,
                    AuditRefusedException::new);
            boolean known = repository.withAction(transaction, AuditAction.SIGNING_KEY_REGISTERED.name()).stream()
                    .anyMatch(entry -> publicKey.equals(publicKeyOf(entry)));
            if (!known) {
                ObjectNode details = mapper.createObjectNode().put("publicKey", publicKey).put("algorithm", "Ed25519");
                trail.append(transaction, new AuditDraft(clock.instant(), null, AuditAction.SIGNING_KEY_REGISTERED,
                        supervisor.username(), supervisor.role(), null, null,
                        "Checkpoint signing key of " + supervisor.username() + " registered", details.toString()));
            }
            return !known;
        });
        AuditEntryHead head = repository.head();
        ObjectNode checkpoint = mapper.createObjectNode()
                .put("format", FORMAT)
                .put("formatVersion", FORMAT_VERSION)
                .put("headSeq", head.seq())
                .put("headHash", head.hash())
                .put("at", DateTimeFormatter.ISO_INSTANT.format(clock.instant()))
                .put("by", stored.username())
                .put("publicKey", publicKey);
        try {
            Signature signer = Signature.getInstance(SigningKeys.ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(signedBytes(checkpoint));
            checkpoint.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            Files.writeString(target, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(checkpoint) + "\n",
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + " (" + FileTrouble.reason(e) + ")", e);
        }
        return new Taken(head.seq(), head.hash(), target, registered);
    }

    /** The verdict on one checkpoint file: ok, or the reason and the seq it concerns (null when no seq is). */
    public record Verdict(Path file, boolean ok, Long seq, String reason) {
    }

    /**
     * Checks a checkpoint against the chain: well-formed, signed by its key, the key registered in the chain, and the
     * chain still holding entry {@code headSeq} with hash {@code headHash}.
     */
    public Verdict verify(Path file) {
        JsonNode node;
        try {
            node = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            return new Verdict(file, false, null, file + " is not a checkpoint file: it is not valid JSON at "
                    + JsonFailure.described(e));
        } catch (IOException e) {
            return new Verdict(file, false, null, file + " cannot be read (" + FileTrouble.reason(e) + ")");
        }
        Optional<String> malformed = malformed(node);
        if (malformed.isPresent()) {
            return new Verdict(file, false, null, file + " is not a checkpoint file: " + malformed.get());
        }
        long seq = node.get("headSeq").asLong();
        String publicKeyText = node.get("publicKey").asText();
        try {
            PublicKey publicKey = SigningKeys.publicKey(publicKeyText);
            ObjectNode unsigned = ((ObjectNode) node.deepCopy());
            unsigned.remove("signature");
            Signature verifier = Signature.getInstance(SigningKeys.ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(signedBytes(unsigned));
            if (!verifier.verify(Base64.getDecoder().decode(node.get("signature").asText()))) {
                return new Verdict(file, false, seq, "the checkpoint at seq " + seq + " was altered or forged: its "
                        + "signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new Verdict(file, false, seq, "the checkpoint at seq " + seq + " has an unreadable public key or "
                    + "signature");
        }
        String hash = node.get("headHash").asText();
        Optional<AuditEntry> entry = repository.entryAt(seq);
        if (entry.isEmpty()) {
            return new Verdict(file, false, seq, "entry " + seq + " of the checkpoint is no longer in the audit trail "
                    + "(the chain was truncated)");
        }
        if (!entry.get().hash().equals(hash)) {
            return new Verdict(file, false, seq, "entry " + seq + " has another hash than the checkpoint signed by "
                    + node.get("by").asText() + " at " + node.get("at").asText() + " (the chain was rewritten)");
        }
        if (repository.head().seq() < seq) {
            return new Verdict(file, false, seq, "the chain's head is before entry " + seq + " of the checkpoint "
                    + "(the chain was truncated)");
        }
        // Checked after the head: a truncation that removed the registration is reported as the truncation.
        List<AuditEntry> registrations = repository.withAction(AuditAction.SIGNING_KEY_REGISTERED.name());
        if (registrations.stream().noneMatch(registered -> publicKeyText.equals(publicKeyOf(registered)))) {
            return new Verdict(file, false, seq, "the checkpoint at seq " + seq + " is signed with a key that was "
                    + "never registered in this audit trail");
        }
        return new Verdict(file, true, seq, "the chain holds entry " + seq + " as signed by "
                + node.get("by").asText() + " at " + node.get("at").asText());
    }

    private static Optional<String> malformed(JsonNode node) {
        if (!node.isObject()) {
            return Optional.of("it is not a JSON object");
        }
        if (!FORMAT.equals(node.path("format").asText(null))) {
            return Optional.of("its \"format\" is not \"" + FORMAT + "\"");
        }
        if (!node.path("formatVersion").isIntegralNumber() || node.get("formatVersion").asInt() != FORMAT_VERSION) {
            return Optional.of("its \"formatVersion\" is not " + FORMAT_VERSION);
        }
        if (!node.path("headSeq").isIntegralNumber() || node.get("headSeq").asLong() < 0) {
            return Optional.of("\"headSeq\" is missing or not a whole number");
        }
        for (String field : List.of("headHash", "at", "by", "publicKey", "signature")) {
            if (!node.path(field).isTextual() || node.get(field).asText().isBlank()) {
                return Optional.of("\"" + field + "\" is missing");
            }
        }
        if (!node.get("headHash").asText().matches("[0-9a-f]{64}")) {
            return Optional.of("\"headHash\" is not a SHA-256 hash in hex");
        }
        return Optional.empty();
    }

    private byte[] signedBytes(ObjectNode withoutSignature) {
        try {
            return new JsonCanonicalizer(mapper.writeValueAsString(withoutSignature)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String publicKeyOf(AuditEntry entry) {
        try {
            return mapper.readTree(entry.detailsJson()).path("publicKey").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
