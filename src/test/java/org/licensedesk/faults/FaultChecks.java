package org.licensedesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.AuditEntry;

/** What the fault tests check on the lines workers printed and on the store they left behind. */
final class FaultChecks {
    final List<String> successes = new ArrayList<>();
    final List<String> conflicts = new ArrayList<>();
    final List<String> ruleRefusals = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final Map<String, Integer> successesByAction = new TreeMap<>();
    final Map<String, Integer> ruleRefusalsBySentence = new TreeMap<>();
    /** Transactions tried again after a hand-over before COMMIT; commits whose connection broke during COMMIT: found
     * committed (done), found not (tried again). */
    long handOversBeforeCommit;
    long lostCommitsDone;
    long lostCommitsTriedAgain;

    void add(List<String> lines) {
        for (String line : lines) {
            String[] words = line.split(" ", 6);
            switch (words[1]) {
                case "OK" -> {
                    successes.add(line);
                    successesByAction.merge(words[4], 1, Integer::sum);
                }
                case "CONFLICT" -> conflicts.add(line);
                case "RULE" -> {
                    ruleRefusals.add(line);
                    String sentence = line.split(" ", 5)[4].replaceAll("EXP-2026-\\d{6}", "<ref>")
                            .replaceAll("(reviewer|supervisor)\\d", "$1N");
                    ruleRefusalsBySentence.merge(sentence, 1, Integer::sum);
                }
                case "ERROR" -> errors.add(line);
                case "INTERRUPTIONS" -> {
                    handOversBeforeCommit += Long.parseLong(words[2]);
                    lostCommitsDone += Long.parseLong(words[3]);
                    lostCommitsTriedAgain += Long.parseLong(words[4]);
                }
                default -> {
                }
            }
        }
    }

    int refusals() {
        return conflicts.size() + ruleRefusals.size();
    }

    /**
     * Nothing but clean outcomes; the chain verifies from entry 1 to the head with no gap; every success reported is
     * the entry at the seq it named (same application, action, actor and the attempt's own marker in the note), and
     * no two successes share an entry.
     *
     * @return the chain's head seq
     */
    long assertStoreHoldsEverySuccess(FaultDesk desk) {
        assertThat(errors).as("attempts that ended neither committed nor as a conflict or rule refusal").isEmpty();
        ChainVerification chain = desk.trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(chain.ok()).as("the chain verifies: %s", chain.reason()).isTrue();
        assertThat(chain.entriesChecked()).as("every entry from 1 to the head checked, no gap")
                .isEqualTo(chain.headSeq());
        Set<Long> seqs = new HashSet<>();
        for (String line : successes) {
            String[] words = line.split(" ");
            long seq = Long.parseLong(words[2]);
            assertThat(seqs.add(seq)).as("one entry per success: %s", line).isTrue();
            AuditEntry entry = desk.auditEntries.entryAt(seq).orElseThrow(
                    () -> new AssertionError("reported committed but no entry " + seq + ": " + line));
            assertThat(entry.applicationRef()).as(line).isEqualTo(words[3]);
            assertThat(entry.action()).as(line).isEqualTo(words[4]);
            assertThat(entry.actor()).as(line).isEqualTo(words[5]);
            assertThat(entry.note()).as(line).endsWith("[" + words[6] + "]");
        }
        return chain.headSeq();
    }
}
