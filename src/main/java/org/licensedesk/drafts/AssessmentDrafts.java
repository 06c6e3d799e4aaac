package org.licensedesk.drafts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.json.JsonMapper;

/**
 * One official's assessment drafts for one database, kept on this workstation: a small JSON file per application in
 * a folder of their own beside the database file ({@code licensedesk-drafts/li.na/EXP-2026-000123.json}). Drafts
 * are not records: they stay out of the shared database and the audit trail, and are gone once the assessment is
 * saved or the draft discarded. The folder is readable by its owner only where the file system allows it.
 */
public final class AssessmentDrafts {
    static final String FORMAT = "licensedesk.assessmentDraft";
    static final int FORMAT_VERSION = 1;

    private final Path folder;
    private final ObjectMapper json = JsonMapper.shared();

    /** @param folder this official's draft folder; created on the first save */
    public AssessmentDrafts(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * The draft folder of an official for the database at {@code databaseLocation} (the path without
     * {@code .mv.db}): {@code <database folder>/<database name>-drafts/<username>}.
     */
    public static AssessmentDrafts beside(Path databaseLocation, String username) {
        Path database = databaseLocation.toAbsolutePath();
        Path parent = database.getParent() == null ? database : database.getParent();
        return new AssessmentDrafts(parent.resolve(database.getFileName() + "-drafts").resolve(fileName(username)));
    }

    public Path folder() {
        return folder;
    }

    /** The draft of the application's assessment; empty when there is none or its file cannot be read. */
    public Optional<AssessmentDraft> load(String reference) {
        Path file = fileOf(reference);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(json.readTree(file.toFile()), reference));
        } catch (IOException | RuntimeException unreadable) {
            // A damaged draft is no reason to stop the reviewer: they start again from the last saved assessment.
            return Optional.empty();
        }
    }

    /** Keeps the draft, replacing the application's earlier one; the file is replaced whole or not at all. */
    public void save(AssessmentDraft draft) {
        Objects.requireNonNull(draft, "draft");
        try {
            createFolder();
            Path file = fileOf(draft.reference());
            Path temporary = Files.createTempFile(folder, ".draft-", ".tmp");
            try {
                Files.writeString(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsString(write(draft)),
                        StandardCharsets.UTF_8);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The assessment draft of " + draft.reference() + " could not be kept in "
                    + folder + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the application's draft, if there is one. */
    public void discard(String reference) {
        try {
            Files.deleteIfExists(fileOf(reference));
        } catch (IOException e) {
            throw new UncheckedIOException("The assessment draft of " + reference + " could not be removed from "
                    + folder + ": " + e.getMessage(), e);
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path fileOf(String reference) {
        return folder.resolve(fileName(reference) + ".json");
    }

    private ObjectNode write(AssessmentDraft draft) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("reference", draft.reference());
        root.put("savedAt", draft.savedAt().toString());
        ArrayNode factors = root.putArray("factors");
        for (AssessmentDraft.Factor factor : draft.factors()) {
            ObjectNode node = factors.addObject();
            node.put("factor", factor.factor().name());
            node.put("rating", factor.rating() == null ? null : factor.rating().name());
            node.put("comment", factor.comment());
        }
        root.put("note", draft.note());
        return root;
    }

    private static AssessmentDraft read(JsonNode root, String reference) {
        if (!FORMAT.equals(root.path("format").asText()) || root.path("formatVersion").asInt() != FORMAT_VERSION
                || !reference.equals(root.path("reference").asText())) {
            return null;
        }
        List<AssessmentDraft.Factor> factors = new ArrayList<>();
        for (JsonNode node : root.path("factors")) {
            JsonNode rating = node.path("rating");
            factors.add(new AssessmentDraft.Factor(ReviewFactor.valueOf(node.path("factor").asText()),
                    rating.isTextual() ? FactorRating.valueOf(rating.asText()) : null,
                    node.path("comment").asText("")));
        }
        return new AssessmentDraft(reference, factors, root.path("note").asText(""),
                Instant.parse(root.path("savedAt").asText()));
    }

    /** References and usernames are letters, digits, dots, hyphens, underscores; anything else is spelt in hex. */
    static String fileName(String name) {
        String stripped = name.strip();
        if (stripped.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            return stripped;
        }
        return "x" + HexFormat.of().formatHex(stripped.getBytes(StandardCharsets.UTF_8));
    }
}
