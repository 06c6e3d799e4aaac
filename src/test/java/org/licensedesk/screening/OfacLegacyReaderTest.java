package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ScreeningEntry;

class OfacLegacyReaderTest {
    private final OfacLegacyReader reader = new OfacLegacyReader();

    @TempDir
    Path folder;

    private static ScreeningEntry withId(List<ScreeningEntry> entries, String id) {
        return entries.stream().filter(entry -> id.equals(entry.entityId())).findFirst().orElseThrow();
    }

    @Test
    void realSampleIsReadWithAliasesAndEmptyMarksAsNothing() {
        List<ScreeningEntry> entries = reader.read(ScreeningSamples.ofac());

        assertThat(entries).hasSize(7379);
        assertThat(entries.stream().mapToInt(entry -> entry.aliases().size()).sum()).isGreaterThan(9_000);
        ScreeningEntry anglo = withId(entries, "173");
        assertThat(anglo.name()).isEqualTo("ANGLO-CARIBBEAN CO., LTD.");
        assertThat(anglo.source()).isEqualTo("OFAC_SDN");
        assertThat(anglo.programs()).isEqualTo("CUBA");
        assertThat(anglo.entryType()).isEqualTo("entity");
        assertThat(anglo.aliases()).containsExactly("AVIA IMPORT");
        assertThat(anglo.addresses()).contains("London EC3N 1DY").contains("United Kingdom");
        assertThat(entries).noneSatisfy(entry -> assertThat(entry.programs()).contains("-0-"));
        assertThat(entries).noneSatisfy(entry -> assertThat(entry.aliases()).contains("-0-"));
        assertThat(entries).filteredOn(entry -> entry.programs() != null && entry.programs().contains("; "))
                .isNotEmpty();
        assertThat(withId(entries, "9750").programs()).isEqualTo("NPWMD; IFSR");
    }

    @Test
    void sdnFileAloneIsEnough() throws IOException {
        Path sdn = write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");

        assertThat(reader.read(List.of(sdn))).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("AEROCARIBBEAN AIRLINES");
            assertThat(entry.aliases()).isEmpty();
            assertThat(entry.addresses()).isNull();
        });
    }

    @Test
    void rowWithWrongFieldCountIsRefusedNamingFileAndLine() throws IOException {
        Path sdn = write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
                + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\"\n");

        assertThatThrownBy(() -> reader.read(List.of(sdn)))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("sdn.csv line 2").hasMessageContaining("4 fields");
    }

    @Test
    void aliasOfUnlistedEntryIsRefused() throws IOException {
        Path sdn = write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        Path alt = write("alt.csv", "37,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n");

        assertThatThrownBy(() -> reader.read(List.of(sdn, alt)))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("alt.csv line 1").hasMessageContaining("37");
    }

    @Test
    void entryNumberThatIsNoNumberIsRefused() throws IOException {
        Path sdn = write("sdn.csv", "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,"
                + "Vess_flag,Vess_owner,Remarks\n");

        assertThatThrownBy(() -> reader.read(List.of(sdn)))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("sdn.csv line 1").hasMessageContaining("ent_num");
    }

    @Test
    void importWithoutSdnFileIsRefused() throws IOException {
        Path alt = write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n");

        assertThatThrownBy(() -> reader.read(List.of(alt)))
                .isInstanceOf(ScreeningListException.class).hasMessageContaining("No sdn.csv");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
