package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensedesk.domain.ScreeningEntry;

/** The matcher on the real samples: the whole OFAC SDN list and the CSL samples in both header forms. */
class ScreeningMatcherTest {
    private static final int THRESHOLD = 85;
    private static ScreeningMatcher matcher;

    @BeforeAll
    static void loadLists() {
        List<ScreeningEntry> entries = new ArrayList<>(new OfacLegacyReader().read(ScreeningSamples.ofac()));
        entries.addAll(new CslFileReader().read(ScreeningSamples.cslCurrent()));
        entries.addAll(new CslFileReader().read(ScreeningSamples.cslOlderHeader()));
        matcher = ScreeningMatcher.of(entries);
    }

    @ParameterizedTest(name = "{0} is found as {1}")
    @CsvSource(delimiter = '|', value = {
        // "Co., Ltd." written out as "Company Limited"
        "Anglo-Caribbean Company Limited | ANGLO-CARIBBEAN CO., LTD.",
        "Beijing Alite Technologies Company Limited | BEIJING ALITE TECHNOLOGIES CO., LTD.",
        "Barakaat Telecommunications Co., Ltd. | BARAKAAT TELECOMMUNICATIONS COMPANY LIMITED",
        // word order
        "Trading Galax Co Ltd | GALAX TRADING CO., LTD.",
        "Trade Rosneft Ltd | ROSNEFT TRADE LIMITED",
        "Ryong Nam Rim | RIM, Ryong Nam",
        // punctuation and case
        "anglo caribbean co ltd | ANGLO-CARIBBEAN CO., LTD.",
        "TNK Trading International SA | TNK Trading International S.A.",
        "Fathi Mohammed Qarawi | Fathi Mohammed QAR'AWI",
        // the successor phrase of the CSL and "&" for "and"
        "Sinobright Import & Export Co. | Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof",
        // a dropped word
        "China Electronics Technology Corporation 13th Research Institute | China Electronics Technology Group Corporation 13th Research Institute (CETC 13)",
        "Hong Pang Electronic Co., Ltd. | HONG PANG ELECTRONIC INDUSTRY CO., LTD.",
        "Tosong Technology Trading | TOSONG TECHNOLOGY TRADING CORPORATION",
        // diacritics and a misspelling
        "Aérocaribbean Airlines | AEROCARIBBEAN AIRLINES",
        "Rosneft Trading Limited | ROSNEFT TRADE LIMITED"
    })
    void alteredListedNamesAreFound(String filed, String listed) {
        List<ScreeningMatcher.Match> matches = matcher.match(filed, THRESHOLD);

        assertThat(matches).as("matches of %s", filed)
                .anySatisfy(match -> {
                    assertThat(match.entry().name()).isEqualTo(listed);
                    assertThat(match.score()).isGreaterThanOrEqualTo(THRESHOLD);
                });
    }

    @Test
    void aliasIsReportedWhenItScoresBest() {
        List<ScreeningMatcher.Match> matches = matcher.match("Avia Import Ltd.", THRESHOLD);

        assertThat(matches).anySatisfy(match -> {
            assertThat(match.entry().name()).isEqualTo("ANGLO-CARIBBEAN CO., LTD.");
            assertThat(match.matchedAlias()).isEqualTo("AVIA IMPORT");
            assertThat(match.score()).isEqualTo(100);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siemens AG", "Toyota Motor Corporation", "Robert Bosch GmbH", "Bosch GmbH",
        "Hanseatic Metals GmbH", "Bavaria Magnet Works AG", "Ganzhou Rare Earth Trading Co., Ltd.",
        "Vacuumschmelze GmbH & Co. KG", "Hitachi Metals, Ltd.", "Tesla, Inc.", "Nidec Corporation", "China Northern Rare Earth Group"})
    void unrelatedRealCompaniesAreNotFound(String name) {
        assertThat(matcher.match(name, THRESHOLD)).as("matches of %s", name).isEmpty();
    }

    @Test
    void companiesSharingOnlyACommonWordWithListedNamesAreNotFound() {
        // On sorted words alone "SAMSUNG ELECTRONICS" scores over 85 against the listed "HANA ELECTRONICS"
        assertThat(ScreeningMatcher.score("Samsung Electronics", "HANA ELECTRONICS")).isGreaterThanOrEqualTo(85);

        assertThat(matcher.match("Samsung Electronics Co., Ltd.", THRESHOLD)).isEmpty();
        assertThat(matcher.match("Shin-Etsu Chemical Co., Ltd.", THRESHOLD)).isEmpty();
        assertThat(matcher.match("BASF SE", THRESHOLD)).as("BASF is not the alias THE BASE").isEmpty();
    }

    @Test
    void scoreTakesTheHigherOfWholeNameAndSortedWords() {
        assertThat(ScreeningMatcher.score("Rosneft Trade Limited", "Trade Rosneft Ltd")).isEqualTo(100);
        assertThat(ScreeningMatcher.score("Foo Co., Ltd.", "FOO COMPANY LIMITED")).isEqualTo(100);
        assertThat(ScreeningMatcher.score("Siemens AG", "Toyota Motor Corporation")).isLessThan(60);
    }

    @Test
    void boundSkipsNothingThatReachesTheThreshold() {
        // Every name the fast path returns must equal a brute-force scan of the same names.
        List<ScreeningEntry> entries = new OfacLegacyReader().read(ScreeningSamples.ofac()).subList(0, 1500);
        ScreeningMatcher small = ScreeningMatcher.of(entries);
        for (String name : List.of("Anglo Caribbean Company", "Banco Nacional Cuba", "Galax Trading",
                "Aerocaribean Airlines")) {
            assertThat(small.match(name, 80)).as(name).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(small.matchExhaustively(name, 80));
        }
    }

    @Test
    void oneApplicationIsScreenedAgainstTheWholeSdnListInMilliseconds() {
        List<String> parties = List.of("Ganzhou Rare Earth Trading Co., Ltd.", "Hanseatic Metals GmbH",
                "Bavaria Magnet Works AG");
        for (int warm = 0; warm < 20; warm++) {
            parties.forEach(party -> matcher.match(party, THRESHOLD));
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            parties.forEach(party -> matcher.match(party, THRESHOLD));
        }
        double millisPerApplication = (System.nanoTime() - start) / 1e6 / rounds;

        System.err.printf("screening one application (3 parties) against %d names and aliases: %.2f ms%n",
                matcher.size(), millisPerApplication);
        assertThat(matcher.size()).isGreaterThan(17_000);
        // about 3 ms warmed on a quiet machine; the margin is for shared, loaded build machines
        assertThat(millisPerApplication).isLessThan(250.0);
    }
}
