package org.licensedesk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Contract;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * Realistic demo and benchmark applications for rare-earth export licences. Deterministic: the same
 * seed, control list, day and count give the same applications, whatever the machine. Applications
 * are made one at a time, so a million can be streamed into the database in constant memory. Each carries the status
 * and assignee its history is to reach: {@link DemoSeeder} stores it as submitted and has the demo officials take it
 * there through the workflow.
 */
public final class DemoGenerator {
    /** Applications were received on one of this many days before today. */
    public static final int DAYS_BACK = 150;

    private static final int WEEKEND_KEPT_PERCENT = 15;
    private static final int MAX_GENERATED_APPLICANTS = 1_500;

    private final long seed;
    private final LocalDate today;
    private final DemoItems items;
    private final List<LocalDate> receivedDays = new ArrayList<>();
    private final List<DemoItems.Offer> offers = new ArrayList<>();
    private final List<String> reviewers;

    /**
     * @param today the day the data is made for: received dates lie in the {@value #DAYS_BACK} days before it
     * @throws IllegalArgumentException if no rare-earth code of the list is in force on any of those days
     */
    public DemoGenerator(long seed, ControlList controlList, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
        this.items = new DemoItems(Objects.requireNonNull(controlList, "controlList"));
        for (int back = DAYS_BACK; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            DemoItems.Offer offer = items.offerOn(day);
            if (!offer.isEmpty()) {
                receivedDays.add(day);
                offers.add(offer);
            }
        }
        if (receivedDays.isEmpty()) {
            throw new IllegalArgumentException("The control list has no rare-earth code (Sm, Gd, Tb, Dy, Lu, Sc, "
                    + "Y) in force in the " + DAYS_BACK + " days before " + today + ", so no demo application "
                    + "could be made.");
        }
        this.reviewers = users().stream().filter(u -> u.role() == UserRole.REVIEWER).map(User::username).toList();
    }

    /** The demo officials: three reviewers and two supervisors, with stable usernames such as wang.fang. */
    public List<User> users() {
        return DemoNames.OFFICIALS;
    }

    /** {@code count} applications with references numbered from 1. */
    public Iterator<LicenceApplication> applications(int count) {
        return applications(count, 1);
    }

    /**
     * {@code count} applications made lazily. References are {@code EXP-<received year>-<serial>}, the
     * serial counting up from {@code firstSerial} across years and written with at least six digits, so
     * distinct serial ranges give distinct references.
     */
    public Iterator<LicenceApplication> applications(int count, long firstSerial) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (firstSerial < 0) {
            throw new IllegalArgumentException("firstSerial must not be negative: " + firstSerial);
        }
        int poolSize = DemoApplicants.namedCount() + Math.min(count / 250, MAX_GENERATED_APPLICANTS);
        return new Run(count, firstSerial, new DemoApplicants(poolSize));
    }

    private final class Run implements Iterator<LicenceApplication> {
        private final SplittableRandom random = new SplittableRandom(seed);
        private final int count;
        private final DemoApplicants applicants;
        private long serial;
        private int made;

        Run(int count, long firstSerial, DemoApplicants applicants) {
            this.count = count;
            this.serial = firstSerial;
            this.applicants = applicants;
        }

        @Override
        public boolean hasNext() {
            return made < count;
        }

        @Override
        public LicenceApplication next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            made++;
            return application(random, serial++, applicants);
        }
    }

    private LicenceApplication application(SplittableRandom random, long serial, DemoApplicants applicants) {
        int day = receivedDayIndex(random);
        LocalDate receivedOn = receivedDays.get(day);
        String reference = "EXP-" + receivedOn.getYear() + "-" + DemoPaperwork.pad(serial, 6);
        Applicant applicant = applicants.pick(random);
        DemoItems.Goods goods = items.goods(random, offers.get(day));
        DemoParties.Country country = DemoParties.country(random);
        Party endUser = DemoParties.endUser(random, country, goods.sector());
        Party consignee = DemoParties.consignee(random, country, endUser);
        String endUse = DemoApplicants.pickFrom(random, goods.sector().endUses());
        Contract contract = DemoPaperwork.contract(random, receivedOn, applicant, consignee);
        LicenceType licenceType = random.nextInt(100) < 12 ? LicenceType.GENERAL : LicenceType.SINGLE;
        ApplicationStatus status = status(random, ChronoUnit.DAYS.between(receivedOn, today));
        String assignee = status == ApplicationStatus.SUBMITTED ? null
                : reviewers.get(random.nextInt(reviewers.size()));
        return new LicenceApplication(reference, receivedOn, licenceType, applicant, consignee, endUser, endUse,
                contract, DemoPaperwork.transport(random, country.code(), goods.items(), goods.sector()),
                goods.items(), DemoPaperwork.withComplianceProgramme(
                        DemoPaperwork.documents(random, receivedOn, endUser, contract, goods.items()), licenceType,
                        applicant, receivedOn),
                status, assignee, 0);
    }

    /** Filings come on working days; a few arrive on a weekend (online filing, make-up working days). */
    private int receivedDayIndex(SplittableRandom random) {
        int index = random.nextInt(receivedDays.size());
        for (int retry = 0; retry < 3 && isWeekend(receivedDays.get(index)); retry++) {
            if (random.nextInt(100) < WEEKEND_KEPT_PERCENT) {
                break;
            }
            index = random.nextInt(receivedDays.size());
        }
        return index;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * What an application received {@code ageDays} ago has become, so that the queue looks like a bureau's on any day:
     * the newest are waiting, open cases thin out with age as decisions are taken, a good share is still open in the
     * fortnight before the deadline (45 working days, about 63 calendar days: some due this week), and only a few stay
     * open past it. Requests for information (clock stopped) are among the open ones.
     */
    private static ApplicationStatus status(SplittableRandom random, long ageDays) {
        int roll = random.nextInt(100);
        if (random.nextDouble() >= openShare(ageDays)) {
            return roll < 55 ? ApplicationStatus.APPROVED
                    : roll < 67 ? ApplicationStatus.DENIED
                    : roll < 85 ? ApplicationStatus.RETURNED
                    : ApplicationStatus.WITHDRAWN;
        }
        if (ageDays <= 5) {
            return roll < 70 ? ApplicationStatus.SUBMITTED : ApplicationStatus.UNDER_REVIEW;
        }
        return roll < 22 ? ApplicationStatus.SUBMITTED
                : roll < 72 ? ApplicationStatus.UNDER_REVIEW
                : roll < 88 ? ApplicationStatus.INFO_REQUESTED
                : ApplicationStatus.PENDING_COUNTERSIGN;
    }

    /** The chance that an application of this age (calendar days) is still open. */
    static double openShare(long ageDays) {
        if (ageDays <= 5) {
            return 1.0;
        }
        if (ageDays <= 48) {
            return 1.0 - 0.4 * (ageDays - 5) / 43.0;
        }
        if (ageDays <= 66) {
            return 0.6;
        }
        return 0.025;
    }
}
