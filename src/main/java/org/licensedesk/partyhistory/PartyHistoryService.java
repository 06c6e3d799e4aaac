package org.licensedesk.partyhistory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.store.PartyHistoryRepository;

/**
 * What the applicant and the end user of an application asked for before: the Related tab's earlier applications,
 * and the queue's "applicant has a denial in the last 3 years".
 */
public final class PartyHistoryService {
    /** How far back a denial makes an applicant's other applications stand out in the queue. */
    public static final Period DENIAL_LOOKBACK = Period.ofYears(3);
    /** Related applications listed at most: a frequent exporter's thousands would only slow the tab down. */
    public static final int RELATED_LIMIT = 500;

    private final PartyHistoryRepository repository;
    private final Clock clock;
    private final int relatedLimit;

    public PartyHistoryService(PartyHistoryRepository repository, Clock clock) {
        this(repository, clock, RELATED_LIMIT);
    }

    PartyHistoryService(PartyHistoryRepository repository, Clock clock, int relatedLimit) {
        this.repository = repository;
        this.clock = clock;
        this.relatedLimit = relatedLimit;
    }

    /**
     * The other applications of the same applicant (by USCC) or the same end user (by normalised name and country)
     * received on or before the day this one was, newest first, at most {@value #RELATED_LIMIT}. Same-day filings
     * count as earlier: a reviewer wants to see the application filed beside this one too. None for an unknown
     * reference.
     */
    public RelatedApplications related(String reference) {
        List<RelatedApplication> found = repository.related(reference, relatedLimit);
        boolean more = found.size() > relatedLimit;
        return new RelatedApplications(more ? found.subList(0, relatedLimit) : found, more);
    }

    /**
     * The references, among applications in these statuses, whose applicant had another application denied in the
     * last three years: on or after the same calendar day three years before today, in the clock's time zone. The
     * application's own denial does not count, so a denied application is marked only when its applicant has a
     * second denial; the filter is about the applicant's record, seen from their other applications.
     */
    public Set<String> applicantDeniedRecently(Set<ApplicationStatus> statuses) {
        return repository.withApplicantDeniedSince(deniedSince(), statuses);
    }

    /**
     * The applicant's other applications denied since {@link #deniedSince()}, newest first: non-empty exactly when
     * {@link #applicantDeniedRecently} marks this application in the queue.
     */
    public List<String> otherDenialsOfApplicant(String reference) {
        return repository.otherDenialsOfApplicantSince(reference, deniedSince());
    }

    /** The start of the denial window: midnight, three years before today. */
    public Instant deniedSince() {
        LocalDate today = LocalDate.now(clock);
        return today.minus(DENIAL_LOOKBACK).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Gives applications stored before V8 their end-user key; run when the database is opened. */
    public int fillMissingEndUserKeys() {
        return repository.fillMissingEndUserKeys();
    }
}
