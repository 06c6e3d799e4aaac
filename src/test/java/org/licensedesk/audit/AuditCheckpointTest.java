package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.erdtman.jcs.JsonCanonicalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/**
 * Checkpoints anchor the chain outside the database: the attacks that a re-hashed chain survives (an edit followed by
 * recomputing every later hash, a truncation of the last entries with the head row moved back) are caught by a
 * checkpoint taken before them, and a forged or foreign checkpoint is refused.
 */
@StoreTest
class AuditCheckpointTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private Database database;
    private AuditRepository repository;
    private AuditTrail trail;
    private AuditCheckpoints checkpoints;
    private SigningKeys keys;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder.resolve("db"));
        TestDatabases.addOfficials(database);
        repository = new AuditRepository(database);
        Clock clock = Clock.fixed(AuditFixtures.START, ZoneOffset.UTC);
        trail = new AuditTrail(database, repository, clock);
        checkpoints = new AuditCheckpoints(database, repository, trail, clock);
        keys = SigningKeys.in(folder.resolve("workstation"));
        AuditFixtures.appendMany(database, trail, 30);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void firstCheckpointMakesAPrivateKeyRegistersItAndSignsTheHead() throws Exception {
        Path file = folder.resolve("cp1.json");

        AuditCheckpoints.Taken taken = checkpoints.take(AuditFixtures.SUPERVISOR, keys, file);

        assertThat(taken.keyRegistered()).isTrue();
        assertThat(taken.headSeq()).as("the registration entry is part of the signed chain").isEqualTo(31);
        AuditEntry registration = repository.entryAt(31).orElseThrow();
        assertThat(registration.action()).isEqualTo(AuditAction.SIGNING_KEY_REGISTERED.name());
        ObjectNode written = (ObjectNode) MAPPER.readTree(file.toFile());
        assertThat(MAPPER.readTree(registration.detailsJson()).get("publicKey").asText())
                .isEqualTo(written.get("publicKey").asText());
        assertThat(written.get("headHash").asText()).isEqualTo(registration.hash());
        assertThat(written.get("by").asText()).isEqualTo("zhao.lei");
        assertThat(Files.getPosixFilePermissions(keys.fileOf("zhao.lei")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(keys.fileOf("zhao.lei").getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(checkpoints.verify(file).ok()).isTrue();

        AuditCheckpoints.Taken second = checkpoints.take(AuditFixtures.SUPERVISOR, keys, folder.resolve("cp2.json"));
        assertThat(second.keyRegistered()).as("the same key is registered once").isFalse();
        assertThat(second.headSeq()).isEqualTo(31);
    }

    @Test
    void checkpointFileFollowsItsSchemaExactly() throws Exception {
        Path file = folder.resolve("cp.json");
        checkpoints.take(AuditFixtures.SUPERVISOR, keys, file);

        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                SchemaLocation.of("classpath:org/licensedesk/audit/checkpoint.schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        ObjectNode written = (ObjectNode) MAPPER.readTree(file.toFile());
        assertThat(schema.validate(written)).isEmpty();
        List<String> fields = new ArrayList<>();
        written.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("format", "formatVersion", "headSeq", "headHash", "at", "by", "publicKey",
                "signature");
        written.put("extra", 1);
        assertThat(schema.validate(written)).as("the schema refuses what the format does not define").isNotEmpty();
    }

    @Test
    void reviewerMayNotTakeACheckpoint() {
        assertThatThrownBy(() -> checkpoints.take(AuditFixtures.REVIEWER, keys, folder.resolve("cp.json")))
                .isInstanceOf(AuditRefusedException.class)
                .hasMessage("Only a supervisor may take an audit checkpoint; li.na is a reviewer. Ask a supervisor.");
        assertThat(folder.resolve("cp.json")).doesNotExist();
        assertThat(repository.head().seq()).isEqualTo(30);
    }

    @Test
    void theAccountAsStoredDecidesNotTheOneThatSignedIn() {
        User liNaAsSheClaims = new User("li.na", "Li Na", UserRole.SUPERVISOR, true);
        assertThatThrownBy(() -> checkpoints.take(liNaAsSheClaims, keys, folder.resolve("cp.json")))
                .isInstanceOf(AuditRefusedException.class)
                .hasMessage("Only a supervisor may take an audit checkpoint; li.na is a reviewer. Ask a supervisor.");

        database.write(transaction -> {
            new UserRepository(database).setActive(transaction, "zhao.lei", false);
            return null;
        });
        assertThatThrownBy(() -> checkpoints.take(AuditFixtures.SUPERVISOR, keys, folder.resolve("cp.json")))
                .as("zhao.lei signed in while active and was deactivated since")
                .isInstanceOf(AuditRefusedException.class)
                .hasMessage("The account zhao.lei has been deactivated; it cannot take an audit checkpoint any more.");

        assertThat(folder.resolve("cp.json")).doesNotExist();
        assertThat(keys.fileOf("zhao.lei")).as("no key is made for a refused official").doesNotExist();
        assertThat(keys.fileOf("li.na")).doesNotExist();
        assertThat(repository.head().seq()).isEqualTo(30);
    }

    @Test
    void editWithEveryLaterHashRecomputedPassesTheChainCheckButNotTheCheckpoint() {
        Path file = folder.resolve("cp.json");
        checkpoints.take(AuditFixtures.SUPERVISOR, keys, file);

        rechainFrom(17, "Nothing to see");

        ChainVerification chain = trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(chain.ok()).as("the re-chained trail is self-consistent: %s", chain.reason()).isTrue();
        AuditCheckpoints.Verdict verdict = checkpoints.verify(file);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.seq()).isEqualTo(31);
        assertThat(verdict.reason()).isEqualTo("entry 31 has another hash than the checkpoint signed by zhao.lei at "
                + "2025-03-01T08:00:00Z (the chain was rewritten)");
    }

    @Test
    void truncationOfTheLastEntriesWithTheHeadRowMovedBackIsFound() {
        Path file = folder.resolve("cp.json");
        checkpoints.take(AuditFixtures.SUPERVISOR, keys, file);
        String hash25 = repository.entryAt(25).orElseThrow().hash();

        sql("DELETE FROM audit_entry WHERE seq > 25");
        sql("UPDATE audit_head SET seq = 25, hash = '" + hash25 + "' WHERE id = 1");

        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        AuditCheckpoints.Verdict verdict = checkpoints.verify(file);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.seq()).isEqualTo(31);
        assertThat(verdict.reason()).isEqualTo("entry 31 of the checkpoint is no longer in the audit trail "
                + "(the chain was truncated)");
    }

    @Test
    void aCheckpointWhoseHeadWasEditedNoLongerVerifies() throws Exception {
        Path file = folder.resolve("cp.json");
        checkpoints.take(AuditFixtures.SUPERVISOR, keys, file);
        ObjectNode written = (ObjectNode) MAPPER.readTree(file.toFile());
        written.put("headSeq", 20).put("headHash", repository.entryAt(20).orElseThrow().hash());
        MAPPER.writeValue(file.toFile(), written);

        AuditCheckpoints.Verdict verdict = checkpoints.verify(file);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.reason()).isEqualTo("the checkpoint at seq 20 was altered or forged: its signature does "
                + "not verify");
    }

    @Test
    void aCheckpointSignedWithAKeyThisChainNeverRegisteredIsRefused() throws Exception {
        // Someone who made a key of their own signs the chain's true head: well-formed and signed, but not legitimate.
        KeyPair own = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ObjectNode forged = MAPPER.createObjectNode().put("format", "licensedesk.checkpoint").put("formatVersion", 1)
                .put("headSeq", 30).put("headHash", repository.entryAt(30).orElseThrow().hash())
                .put("at", "2025-03-02T08:00:00Z").put("by", "zhao.lei")
                .put("publicKey", Base64.getEncoder().encodeToString(own.getPublic().getEncoded()));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(own.getPrivate());
        signer.update(new JsonCanonicalizer(MAPPER.writeValueAsString(forged)).getEncodedUTF8());
        forged.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
        Path file = folder.resolve("forged.json");
        MAPPER.writeValue(file.toFile(), forged);

        AuditCheckpoints.Verdict verdict = checkpoints.verify(file);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.seq()).isEqualTo(30);
        assertThat(verdict.reason()).isEqualTo("the checkpoint at seq 30 is signed with a key that was never "
                + "registered in this audit trail");
    }

    @Test
    void aFileThatIsNotACheckpointIsNamedAsSuch() throws Exception {
        Path file = folder.resolve("not.json");
        Files.writeString(file, "{\"format\":\"licensedesk.audit\"}");

        AuditCheckpoints.Verdict verdict = checkpoints.verify(file);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.reason()).isEqualTo(file + " is not a checkpoint file: its \"format\" is not "
                + "\"licensedesk.checkpoint\"");
    }

    private void rechainFrom(long seq, String note) {
        ChainForgery.rechainFrom(database, repository, seq, note);
    }

    private void sql(String statement) {
        database.withConnection(connection -> connection.createStatement().executeUpdate(statement));
    }
}
