package org.licensedesk.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningEntry;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.ScreeningSubject;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.store.Transaction;

/**
 * Restricted-party screening: imports the CSL and OFAC SDN lists (a source at a time, replaced atomically and
 * audited), screens the applicant, consignee and end user of applications against every listed name and alias,
 * and keeps the hits. Reloading a list screens the open applications again in the same transaction.
 */
public final class ScreeningService {
    /** MOFCOM's announcements take effect on Beijing dates. */
    private static final java.time.ZoneId MOFCOM_ZONE = java.time.ZoneId.of("Asia/Shanghai");
    /** The bundled samples, the project's own copies of the shared list files, for the demo database. */
    private static final String BUNDLED = "/org/licensedesk/screening/";
    private static final List<String> BUNDLED_CSL = List.of("csl.csv");
    private static final List<String> BUNDLED_OFAC = List.of("sdn.csv", "alt.csv", "add.csv");
    private static final List<String> BUNDLED_MOFCOM = List.of("mofcom-sample.csv");
    public static final int MIN_THRESHOLD = 50;
    public static final int MAX_THRESHOLD = 100;
    private static final String REPLACE_LIST = "replace a screening list";
    private static final String CHANGE_THRESHOLD = "change the screening threshold";

    private final Database database;
    private final ScreeningRepository repository;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final ObjectMapper mapper = JsonMapper.shared();
    private final Object matcherLock = new Object();
    private ScreeningMatcher matcher;
    private String matcherVersion;

    /** @param officials who may replace a list or change the threshold: active supervisors only */
    public ScreeningService(Database database, ScreeningRepository repository, AuditTrail auditTrail,
                            Officials officials) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = Objects.requireNonNull(officials, "officials");
    }

    /** Reads list files fully, without storing anything. */
    public List<ScreeningEntry> read(ListFormat format, List<Path> files) {
        if (files.isEmpty()) {
            throw new ScreeningListException("No file given for the " + format.source() + " list");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ScreeningListException("No file " + file);
            }
        }
        if (format == ListFormat.CSL) {
            CslFileReader reader = new CslFileReader();
            List<ScreeningEntry> entries = new ArrayList<>();
            files.forEach(file -> entries.addAll(reader.read(file)));
            return entries;
        }
        if (format == ListFormat.MOFCOM) {
            MofcomFileReader reader = new MofcomFileReader();
            List<ScreeningEntry> entries = new ArrayList<>();
            files.forEach(file -> entries.addAll(reader.read(file)));
            return entries;
        }
        return new OfacLegacyReader().read(files);
    }

    /**
     * Replaces the entries of the format's source with those in {@code files}: parses them all first (a
     * malformed file is refused with {@link ScreeningListException} and nothing is replaced), then in one
     * transaction replaces the entries, records the import in the audit trail and screens the open
     * applications again. Only an active supervisor may: a list decides which parties are flagged.
     *
     * @throws ScreeningRefusedException when {@code by} is not an active supervisor; nothing is read or replaced
     */
    public ListImportResult importList(ListFormat format, List<Path> files, User by) {
        // Checked before the files are read, so nobody else spends the time, and again in the transaction.
        officials.require(Authority.SUPERVISOR, by, REPLACE_LIST, ScreeningRefusedException::new);
        List<ScreeningEntry> entries = read(format, files);
        List<String> fileNames = files.stream().map(file -> file.getFileName().toString()).toList();
        int aliases = entries.stream().mapToInt(entry -> entry.aliases().size()).sum();
        int threshold = repository.threshold();
        Instant now = auditTrail.now();
        ListImportResult result = database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, REPLACE_LIST,
                    ScreeningRefusedException::new);
            int replaced = repository.entryCounts(transaction).getOrDefault(format.source(), 0);
            repository.replaceSource(transaction, format.source(), entries);
            ScreeningMatcher reloaded = ScreeningMatcher.of(repository.entries(transaction));
            List<ScreeningSubject> open = repository.subjects(transaction, ApplicationStatus.openStatuses());
            Map<String, List<ScreeningHit>> hits = screenAll(reloaded, open, threshold, now);
            repository.replaceHits(transaction, hits);
            int withHits = (int) hits.values().stream().filter(list -> !list.isEmpty()).count();
            ListImportResult done = new ListImportResult(format, format.source(), fileNames, entries.size(),
                    aliases, replaced, open.size(), withHits);
            auditTrail.append(transaction, draft(done, supervisor, now));
            return done;
        });
        synchronized (matcherLock) {
            matcher = null;
        }
        return result;
    }

    private AuditDraft draft(ListImportResult result, User by, Instant now) {
        ObjectNode details = mapper.createObjectNode();
        details.put("source", result.source());
        details.put("format", result.format().name());
        details.putPOJO("files", result.files());
        details.put("entries", result.entries());
        details.put("aliases", result.aliases());
        details.put("replacedEntries", result.replaced());
        details.put("rescreenedApplications", result.rescreened());
        details.put("applicationsWithHits", result.applicationsWithHits());
        String note = "Loaded the " + result.source() + " list from " + String.join(", ", result.files()) + ": "
                + result.entries() + " entries with " + result.aliases() + " aliases, replacing "
                + result.replaced() + "; " + result.rescreened() + " open applications screened again";
        try {
            return new AuditDraft(now, null, AuditAction.SCREENING_LIST_IMPORTED, by.username(), by.role(), null,
                    null, note, mapper.writeValueAsString(details));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screens one application's parties, replaces its stored hits and returns them. */
    public List<ScreeningHit> screen(String reference) {
        return screenApplications(List.of(reference)).get(reference);
    }

    /**
     * Screens the parties of each application, replaces their stored hits in one transaction and returns the
     * hits by reference (an empty list for an application without hits).
     *
     * @throws NoSuchElementException when a reference names no application; then nothing is stored
     */
    public Map<String, List<ScreeningHit>> screenApplications(Collection<String> references) {
        return database.write(transaction -> screenApplications(transaction, references));
    }

    /**
     * As {@link #screenApplications(Collection)}, on the caller's transaction, so that an import can commit its
     * applications and their hits together. Hits without a disposition are stored as such; a hit of the same
     * party on the same listed entry keeps the disposition it had.
     */
    public Map<String, List<ScreeningHit>> screenApplications(Transaction transaction, Collection<String> references) {
        ScreeningMatcher current = currentMatcher();
        int threshold = repository.threshold(transaction);
        Instant now = auditTrail.now();
        List<ScreeningSubject> subjects = new ArrayList<>(references.size());
        for (String reference : references) {
            subjects.add(repository.subject(transaction, reference).orElseThrow(
                    () -> new NoSuchElementException("No application " + reference)));
        }
        Map<String, List<ScreeningHit>> hits = screenAll(current, subjects, threshold, now);
        repository.replaceHits(transaction, hits);
        return hits;
    }

    /**
     * Starts screening an import on its transaction, batch by batch as the import writes them: the matcher,
     * threshold and time are those of the start; matches are remembered for the last {@value #IMPORT_NAMES}
     * distinct names (names repeat across applications), so memory stays bounded whatever the file's size.
     */
    public ImportScreener importScreener(Transaction transaction) {
        return new ImportScreener(transaction, currentMatcher(), repository.threshold(transaction), auditTrail.now());
    }

    /** Names whose matches an import remembers. */
    static final int IMPORT_NAMES = 20_000;

    /** The screening of one import; see {@link #importScreener}. */
    public final class ImportScreener {
        private final Transaction transaction;
        private final ScreeningMatcher matcher;
        private final int threshold;
        private final Instant now;
        private final Map<String, List<ScreeningMatcher.Match>> byName =
                new LinkedHashMap<>(1 << 10, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, List<ScreeningMatcher.Match>> eldest) {
                        return size() > IMPORT_NAMES;
                    }
                };

        private ImportScreener(Transaction transaction, ScreeningMatcher matcher, int threshold, Instant now) {
            this.transaction = transaction;
            this.matcher = matcher;
            this.threshold = threshold;
            this.now = now;
        }

        /** Screens applications just written and stores their hits; @return those with hits */
        public List<String> screen(List<String> references) {
            List<ScreeningSubject> subjects = new ArrayList<>(references.size());
            for (String reference : references) {
                subjects.add(repository.subject(transaction, reference).orElseThrow(
                        () -> new NoSuchElementException("No application " + reference)));
            }
            Map<String, List<ScreeningHit>> hits = screenAll(matcher, subjects, threshold, now, byName);
            repository.replaceHits(transaction, hits);
            return hits.entrySet().stream()
                    .filter(found -> !found.getValue().isEmpty())
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    /**
     * Sets the match threshold and screens the open applications again with it, in one transaction with its
     * {@code SCREENING_THRESHOLD_CHANGED} audit entry. Dispositions of hits found again are kept.
     *
     * @return how many open applications have hits now
     * @throws ScreeningRefusedException when the user is not an active supervisor or the value is out of range
     */
    public ThresholdChange setThreshold(int threshold, User by) {
        officials.require(Authority.SUPERVISOR, by, CHANGE_THRESHOLD, ScreeningRefusedException::new);
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new ScreeningRefusedException("The screening threshold must be a whole number from "
                    + MIN_THRESHOLD + " to " + MAX_THRESHOLD + "; " + threshold + " is not.");
        }
        ScreeningMatcher current = currentMatcher();
        Instant now = auditTrail.now();
        return database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, CHANGE_THRESHOLD,
                    ScreeningRefusedException::new);
            int before = repository.threshold(transaction);
            repository.setThreshold(transaction, threshold);
            List<ScreeningSubject> open = repository.subjects(transaction, ApplicationStatus.openStatuses());
            Map<String, List<ScreeningHit>> hits = screenAll(current, open, threshold, now);
            repository.replaceHits(transaction, hits);
            int withHits = (int) hits.values().stream().filter(list -> !list.isEmpty()).count();
            ThresholdChange change = new ThresholdChange(before, threshold, open.size(), withHits);
            ObjectNode details = mapper.createObjectNode();
            details.put("from", before);
            details.put("to", threshold);
            details.put("rescreenedApplications", change.rescreened());
            details.put("applicationsWithHits", withHits);
            auditTrail.append(transaction, new AuditDraft(now, null, AuditAction.SCREENING_THRESHOLD_CHANGED,
                    supervisor.username(), supervisor.role(), null, null, "Screening threshold changed from " + before
                    + " to "
                    + threshold + "; " + open.size() + " open applications screened again", details.toString()));
            return change;
        });
    }

    /** The stored hits of one application: applicant, consignee, end user; highest score first. */
    public List<ScreeningHit> hits(String reference) {
        return repository.hits(reference);
    }

    /** References of the applications with at least one stored hit. */
    public Set<String> flaggedReferences() {
        return repository.flaggedReferences();
    }

    /** Entries loaded per source, such as {CSL=12, OFAC_SDN=7379}. */
    public Map<String, Integer> entryCounts() {
        return repository.entryCounts();
    }

    public int threshold() {
        return repository.threshold();
    }

    /**
     * Loads the bundled CSL and OFAC samples when no list is loaded yet: for the demo database, as its first
     * supervisor (a reviewer is refused, as for {@link #importList}).
     *
     * @return whether the samples were loaded
     */
    public boolean loadBundledSamplesIfEmpty(User by) {
        officials.require(Authority.SUPERVISOR, by, REPLACE_LIST, ScreeningRefusedException::new);
        if (!repository.entryCounts().isEmpty()) {
            return false;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("licensedesk-screening");
            importList(ListFormat.CSL, copyBundled(folder, BUNDLED_CSL), by);
            importList(ListFormat.OFAC, copyBundled(folder, BUNDLED_OFAC), by);
            importList(ListFormat.MOFCOM, copyBundled(folder, BUNDLED_MOFCOM), by);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the bundled screening lists", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static List<Path> copyBundled(Path folder, List<String> names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = ScreeningService.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IOException("the bundled list file " + name + " is missing from the program");
                }
                Path file = folder.resolve(name);
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                files.add(file);
            }
        }
        return files;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }

    /** The matcher over the stored lists, rebuilt when a list was reloaded, also by another program. */
    private ScreeningMatcher currentMatcher() {
        String version = repository.listVersion();
        synchronized (matcherLock) {
            if (matcher == null || !version.equals(matcherVersion)) {
                matcher = ScreeningMatcher.of(repository.entries());
                matcherVersion = version;
            }
            return matcher;
        }
    }

    /** Screens subjects; names repeat across applications, so each distinct name is matched once. */
    static Map<String, List<ScreeningHit>> screenAll(ScreeningMatcher matcher, List<ScreeningSubject> subjects,
                                                     int threshold, Instant now) {
        return screenAll(matcher, subjects, threshold, now, new HashMap<>());
    }

    /** As above, with the matches of names already screened (filled as names are matched). */
    private static Map<String, List<ScreeningHit>> screenAll(ScreeningMatcher matcher,
                                                             List<ScreeningSubject> subjects, int threshold,
                                                             Instant now,
                                                             Map<String, List<ScreeningMatcher.Match>> byName) {
        Map<String, List<ScreeningHit>> hits = new LinkedHashMap<>();
        LocalDate today = LocalDate.ofInstant(now, MOFCOM_ZONE);
        for (ScreeningSubject subject : subjects) {
            List<ScreeningHit> found = new ArrayList<>();
            for (Map.Entry<ScreenedParty, String> party : subject.parties()) {
                List<ScreeningMatcher.Match> matches = byName.computeIfAbsent(party.getValue(),
                        name -> matcher.matchBothScripts(name, threshold));
                for (ScreeningMatcher.Match match : matches) {
                    ScreeningEntry entry = match.entry();
                    if (!entry.screenedFor(subject.receivedOn(), today)) {
                        continue; // a MOFCOM listing in force neither on the received date nor today
                    }
                    found.add(new ScreeningHit(subject.reference(), party.getKey(), party.getValue(), entry.id(),
                            entry.key(), entry.source(), entry.name(), match.matchedAlias(), entry.listName(),
                            entry.programs(), match.score(), now, null));
                }
            }
            found.sort(Comparator.comparing(ScreeningHit::party)
                    .thenComparing(ScreeningHit::score, Comparator.reverseOrder()));
            hits.put(subject.reference(), found);
        }
        return hits;
    }
}
