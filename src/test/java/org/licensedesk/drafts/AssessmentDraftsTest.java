package org.licensedesk.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;

class AssessmentDraftsTest {
    private static final String REFERENCE = "EXP-2026-000123";
    private static final Instant SAVED = Instant.parse("2026-11-29T03:15:00Z");

    @TempDir
    Path folder;

    private static AssessmentDraft draft(String note) {
        return new AssessmentDraft(REFERENCE, List.of(
                new AssessmentDraft.Factor(ReviewFactor.DESTINATION, FactorRating.CONCERN, "Transit via a hub;\nsee"
                        + " the bill of lading. 目的地"),
                new AssessmentDraft.Factor(ReviewFactor.OTHER, null, "Not yet rated")), note, SAVED);
    }

    @Test
    void aKeptDraftComesBackAsItWasAcrossInstances() {
        AssessmentDrafts drafts = AssessmentDrafts.beside(folder.resolve("desk"), "li.na");

        drafts.save(draft("Half done."));

        assertThat(drafts.folder()).isEqualTo(folder.resolve("desk-drafts").resolve("li.na"));
        assertThat(AssessmentDrafts.beside(folder.resolve("desk"), "li.na").load(REFERENCE)).contains(
                draft("Half done."));
    }

    @Test
    void eachOfficialHasTheirOwnDrafts() {
        AssessmentDrafts.beside(folder.resolve("desk"), "li.na").save(draft("Li Na's draft."));

        assertThat(AssessmentDrafts.beside(folder.resolve("desk"), "wang.fang").load(REFERENCE)).isEmpty();
    }

    @Test
    void aNewerDraftReplacesTheOlderAndADiscardedOneIsGone() {
        AssessmentDrafts drafts = new AssessmentDrafts(folder.resolve("li.na"));
        drafts.save(draft("First."));
        drafts.save(draft("Second."));

        assertThat(drafts.load(REFERENCE)).map(AssessmentDraft::note).contains("Second.");

        drafts.discard(REFERENCE);
        assertThat(drafts.load(REFERENCE)).isEmpty();
        drafts.discard(REFERENCE);
        assertThat(drafts.load("EXP-2026-999999")).isEmpty();
    }

    @Test
    void aDamagedOrForeignFileIsNoDraft() throws Exception {
        AssessmentDrafts drafts = new AssessmentDrafts(folder.resolve("li.na"));
        drafts.save(draft("Kept."));
        Path file = drafts.folder().resolve(REFERENCE + ".json");

        Files.writeString(file, "{\"format\": \"licensedesk.assessmentDraft\", \"formatVer");
        assertThat(drafts.load(REFERENCE)).isEmpty();
        Files.writeString(file, "{\"format\": \"something else\", \"formatVersion\": 1, \"reference\": \""
                + REFERENCE + "\", \"factors\": []}");
        assertThat(drafts.load(REFERENCE)).isEmpty();
        Files.writeString(file, Files.readString(file).replace("something else", AssessmentDrafts.FORMAT)
                .replace("[]", "[{\"factor\": \"NO_SUCH_FACTOR\"}]"));
        assertThat(drafts.load(REFERENCE)).isEmpty();

        drafts.save(draft("Kept again."));
        assertThat(drafts.load(REFERENCE)).map(AssessmentDraft::note).contains("Kept again.");
    }

    @Test
    void theFolderIsTheOwnersAlone() throws Exception {
        AssessmentDrafts drafts = new AssessmentDrafts(folder.resolve("li.na"));
        drafts.save(draft("Private."));

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(drafts.folder())))
                    .isEqualTo("rwx------");
        }
        try (var files = Files.list(drafts.folder())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(REFERENCE + ".json");
        }
    }

    @Test
    void namesThatAreNotPlainAreSpeltInHex() {
        assertThat(AssessmentDrafts.fileName("li.na")).isEqualTo("li.na");
        assertThat(AssessmentDrafts.fileName("../etc")).isEqualTo("x2e2e2f657463");
    }

    @Test
    void aFolderThatCannotBeWrittenIsToldWithItsPath() throws Exception {
        Path blocked = Files.writeString(folder.resolve("blocked"), "a file, not a folder");
        AssessmentDrafts drafts = new AssessmentDrafts(blocked.resolve("li.na"));

        assertThatThrownBy(() -> drafts.save(draft("Nowhere to go.")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(REFERENCE).hasMessageContaining(blocked.toString());
    }
}
