package org.licensedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.Uscc;
import org.licensedesk.store.ControlListFile;

class DemoGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final ControlList LIST = ControlListFile.bundled();
    private static final long SEED = 20250404L;

    private static List<LicenceApplication> make(long seed, int count) {
        return make(new DemoGenerator(seed, LIST, TODAY), count);
    }

    private static List<LicenceApplication> make(DemoGenerator generator, int count) {
        List<LicenceApplication> applications = new ArrayList<>(count);
        generator.applications(count).forEachRemaining(applications::add);
        return applications;
    }

    @Test
    void sameSeedGivesEqualApplications() {
        assertThat(make(SEED, 320).subList(0, 50)).isEqualTo(make(SEED, 320).subList(0, 50));
    }

    @Test
    void differentSeedsGiveDifferentApplications() {
        List<LicenceApplication> one = make(SEED, 50);
        List<LicenceApplication> other = make(SEED + 1, 50);
        for (int i = 0; i < 50; i++) {
            assertThat(one.get(i)).isNotEqualTo(other.get(i));
        }
    }

    @Test
    void demoOfficialsAreThreeReviewersAndTwoSupervisors() {
        List<User> users = new DemoGenerator(SEED, LIST, TODAY).users();
        assertThat(users).filteredOn(u -> u.role() == UserRole.REVIEWER).hasSize(3);
        assertThat(users).filteredOn(u -> u.role() == UserRole.SUPERVISOR).hasSize(2);
        assertThat(users).allMatch(User::active);
        assertThat(users).extracting(User::username).contains("wang.fang").allMatch(n -> n.matches("[a-z]+\\.[a-z]+"));
    }

    @Test
    void everyUsccIsValidAlsoForGeneratedApplicants() {
        List<LicenceApplication> applications = make(SEED, 20_000);
        Set<String> usccs = applications.stream().map(a -> a.applicant().uscc()).collect(Collectors.toSet());
        assertThat(usccs).hasSizeGreaterThan(DemoApplicants.namedCount()).allMatch(Uscc::isValid);
        // One company, one code: names do not repeat under different codes.
        assertThat(applications.stream().map(a -> a.applicant().name()).distinct().count()).isEqualTo(usccs.size());
    }

    @Test
    void applicantsRepeatAcrossApplications() {
        List<LicenceApplication> applications = make(SEED, 320);
        long distinct = applications.stream().map(a -> a.applicant().uscc()).distinct().count();
        assertThat(distinct).isLessThan(applications.size() / 4);
    }

    @Test
    void everyStatusIsRepresentedAndOnlySubmittedIsUnassigned() {
        List<LicenceApplication> applications = make(SEED, 320);
        assertThat(applications.stream().map(LicenceApplication::status).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ApplicationStatus.class));
        Set<String> reviewers = new DemoGenerator(SEED, LIST, TODAY).users().stream()
                .filter(u -> u.role() == UserRole.REVIEWER).map(User::username).collect(Collectors.toSet());
        for (LicenceApplication a : applications) {
            if (a.status() == ApplicationStatus.SUBMITTED) {
                assertThat(a.assignee()).as(a.reference()).isNull();
            } else {
                assertThat(a.assignee()).as(a.reference()).isIn(reviewers);
            }
            assertThat(a.version()).isZero();
        }
    }

    @Test
    void allSevenElementsAndAllSixFormsAppear() {
        List<Item> items = make(SEED, 320).stream().flatMap(a -> a.items().stream()).toList();
        Set<String> elements = items.stream().map(Item::elementSymbol).collect(Collectors.toSet());
        assertThat(elements).containsExactlyInAnyOrder("Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y");
        assertThat(items.stream().map(Item::form).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ItemForm.class));
    }

    @Test
    void everyControlCodeIsInForceOnTheReceivedDateAndFitsElementAndForm() {
        for (LicenceApplication a : make(SEED, 2_000)) {
            assertThat(a.items()).hasSizeBetween(1, 3);
            for (Item item : a.items()) {
                ControlListEntry entry = LIST.find(item.controlCode().value()).orElseThrow();
                assertThat(entry.isInForceOn(a.receivedOn())).as(a.reference()).isTrue();
                assertThat(entry.elementSymbol()).isEqualTo(item.elementSymbol());
                assertThat(item.controlCode().subItem()).isEqualTo(item.form().subItem());
            }
        }
    }

    @Test
    void onlyCodesInForceThatDayAreUsedWhenTheListChangesInTheWindow() {
        // Dysprosium controlled only for the last 30 days; the other elements for the whole window.
        LocalDate dyFrom = TODAY.minusDays(30);
        List<ControlListEntry> entries = LIST.entries().stream()
                .map(e -> e.elementSymbol().equals("Dy") ? new ControlListEntry(e.code(), e.elementSymbol(),
                        e.elementName(), e.description(), e.announcement(), dyFrom, null, null) : e)
                .toList();
        List<LicenceApplication> applications = make(new DemoGenerator(SEED, new ControlList(entries), TODAY), 2_000);
        assertThat(applications).allMatch(a -> a.items().stream().noneMatch(i -> i.elementSymbol().equals("Dy"))
                || !a.receivedOn().isBefore(dyFrom));
        assertThat(applications).anyMatch(a -> a.elements().contains("Dy"));
    }

    @Test
    void aListWithNothingInForceIsRefused() {
        ControlList future = new ControlList(LIST.entries().stream()
                .map(e -> new ControlListEntry(e.code(), e.elementSymbol(), e.elementName(), e.description(),
                        e.announcement(), TODAY.plusDays(1), null, null))
                .toList());
        assertThatThrownBy(() -> new DemoGenerator(SEED, future, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rare-earth code");
    }

    @Test
    void amountsAreExactPositiveDecimalsInTheReadmeRanges() {
        for (LicenceApplication a : make(SEED, 2_000)) {
            for (Item item : a.items()) {
                assertThat(item.quantity()).isPositive();
                assertThat(item.quantity().scale()).isEqualTo(3);
                assertThat(item.unitPriceUsd()).isPositive();
                assertThat(item.unitPriceUsd().scale()).isEqualTo(2);
                BigDecimal kg = item.quantityKg().orElseThrow();
                if (item.form() == ItemForm.MAGNET_MATERIAL) {
                    assertThat(kg).isBetween(new BigDecimal("500"), new BigDecimal("20000"));
                } else if (item.form() != ItemForm.TARGET) {
                    assertThat(kg).isBetween(new BigDecimal("50"), new BigDecimal("3000"));
                }
                BigDecimal usdPerKg = item.unit() == QuantityUnit.T
                        ? item.unitPriceUsd().movePointLeft(3) : item.unitPriceUsd();
                if (item.description().startsWith("Dysprosium oxide")) {
                    assertThat(usdPerKg).isBetween(new BigDecimal("250"), new BigDecimal("1000"));
                }
                if (item.description().startsWith("Terbium oxide")) {
                    assertThat(usdPerKg).isBetween(new BigDecimal("930"), new BigDecimal("4000"));
                }
                if (item.description().startsWith("Yttrium oxide")) {
                    assertThat(usdPerKg).isLessThanOrEqualTo(new BigDecimal("126"));
                }
            }
            assertThat(a.totalValueUsd()).isPositive();
        }
    }

    @Test
    void aFewOpenApplicationsAreOlderThanTheirDeadlineAndManyAreDecided() {
        List<LicenceApplication> applications = make(SEED, 2_000);
        List<LicenceApplication> open = applications.stream().filter(a -> a.status().isOpen()).toList();
        // 45 working days are at least 63 calendar days.
        long old = open.stream().filter(a -> ChronoUnit.DAYS.between(a.receivedOn(), TODAY) > 66).count();
        assertThat(old).isPositive().isLessThan(open.size() / 10);
        assertThat(applications).filteredOn(a -> a.status().isFinal()).hasSizeGreaterThan(applications.size() / 2);
    }

    @Test
    void mostOpenApplicationsAreRecentAndAGoodShareNearTheirDeadline() {
        List<LicenceApplication> open = make(SEED, 2_000).stream().filter(a -> a.status().isOpen()).toList();
        long nearDeadline = open.stream().filter(a -> ChronoUnit.DAYS.between(a.receivedOn(), TODAY) > 48
                && ChronoUnit.DAYS.between(a.receivedOn(), TODAY) <= 66).count();
        assertThat(nearDeadline).isGreaterThan(open.size() / 20).isLessThan(open.size() / 3);
    }

    @Test
    void theOpenShareFallsWithAgeAndDropsPastTheDeadline() {
        assertThat(DemoGenerator.openShare(0)).isEqualTo(1.0);
        assertThat(DemoGenerator.openShare(30)).isLessThan(1.0).isGreaterThan(DemoGenerator.openShare(60) - 0.01);
        assertThat(DemoGenerator.openShare(60)).isGreaterThan(0.5);
        assertThat(DemoGenerator.openShare(67)).isLessThan(0.05);
        assertThat(DemoGenerator.openShare(DemoGenerator.DAYS_BACK)).isLessThan(0.05);
    }

    @Test
    void referencesDatesAndDocumentsAreWellFormed() {
        List<LicenceApplication> applications = make(SEED, 2_000);
        assertThat(applications.stream().map(LicenceApplication::reference).distinct().count()).isEqualTo(2_000);
        long weekend = 0;
        for (LicenceApplication a : applications) {
            assertThat(a.reference()).matches("EXP-" + a.receivedOn().getYear() + "-\\d{6}");
            assertThat(a.receivedOn()).isBetween(TODAY.minusDays(DemoGenerator.DAYS_BACK), TODAY.minusDays(1));
            assertThat(a.contract().date()).isBefore(a.receivedOn());
            assertThat(a.endUser().country()).matches("[A-Z]{2}").isNotEqualTo("CN");
            assertThat(a.documents()).extracting(Document::type)
                    .contains(DocumentType.END_USE_STATEMENT, DocumentType.CONTRACT);
            for (Document d : a.documents()) {
                assertThat(d.receivedOn()).isBeforeOrEqualTo(a.receivedOn());
                assertThat(d.sha256()).matches("[0-9a-f]{64}");
            }
            weekend += a.receivedOn().getDayOfWeek().getValue() >= 6 ? 1 : 0;
        }
        long withoutCertificate = applications.stream().filter(a -> !a.hasEndUserCertificate()).count();
        assertThat(withoutCertificate).isBetween(40L, 200L);
        assertThat(weekend).isPositive().isLessThan(200);
    }

    @Test
    void referencesContinueFromTheFirstSerial() {
        Iterator<LicenceApplication> applications = new DemoGenerator(SEED, LIST, TODAY).applications(2, 1_000);
        assertThat(applications.next().reference()).endsWith("-001000");
        assertThat(applications.next().reference()).endsWith("-001001");
        assertThat(applications.hasNext()).isFalse();
    }

    @Test
    void aMillionAreMadeLazily() {
        Iterator<LicenceApplication> applications = new DemoGenerator(SEED, LIST, TODAY).applications(1_000_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(applications.next()).isNotNull();
        }
        assertThat(applications.hasNext()).isTrue();
    }
}
