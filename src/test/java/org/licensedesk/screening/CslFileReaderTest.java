package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ScreeningEntry;

class CslFileReaderTest {
    private final CslFileReader reader = new CslFileReader();

    private static ScreeningEntry named(List<ScreeningEntry> entries, String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void currentHeaderWithIdIsReadByColumnName() {
        List<ScreeningEntry> entries = reader.read(ScreeningSamples.cslCurrent());

        assertThat(entries).hasSize(13);
        ScreeningEntry rosneft = named(entries, "ROSNEFT TRADE LIMITED");
        assertThat(rosneft.source()).isEqualTo("CSL");
        assertThat(rosneft.listName()).isEqualTo("Sectoral Sanctions Identifications List (SSI) - Treasury Department");
        assertThat(rosneft.programs()).isEqualTo("UKRAINE-EO13662");
        assertThat(rosneft.entityId()).isEqualTo("18300");
        ScreeningEntry tnk = named(entries, "TNK Trading International S.A.");
        assertThat(tnk.programs()).isEqualTo("VENEZUELA-EO13850; UKRAINE-EO13662");
    }

    @Test
    void olderHeaderWithoutIdIsReadByColumnNameAndAltNamesAreSplit() {
        List<ScreeningEntry> entries = reader.read(ScreeningSamples.cslOlderHeader());

        assertThat(entries).hasSize(115);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.name()).isEqualTo(entry.name().strip()));
        assertThat(named(entries, "ADRIAN MANUEL HERNANDEZ").listName())
                .isEqualTo("Denied Persons List (DPL) - Bureau of Industry and Security");
        ScreeningEntry withAliases = entries.stream().filter(entry -> entry.aliases().size() > 1).findFirst()
                .orElseThrow();
        assertThat(withAliases.aliases()).allSatisfy(alias -> assertThat(alias).doesNotContain("; ").isNotBlank());
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() {
        String csv = "alt_names,programs,name,source\n"
                + "\"Foo Metals; FM Trading Co.\",IRAN,Foo Metals Company Limited,Entity List (EL)\n";

        List<ScreeningEntry> entries = reader.read(new StringReader(csv), "reordered.csv");

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Foo Metals Company Limited");
            assertThat(entry.listName()).isEqualTo("Entity List (EL)");
            assertThat(entry.programs()).isEqualTo("IRAN");
            assertThat(entry.aliases()).containsExactly("Foo Metals", "FM Trading Co.");
            assertThat(entry.entityId()).isNull();
        });
    }

    @Test
    void byteOrderMarkOfTheDownloadIsIgnored() {
        String csv = "\uFEFFsource,name,programs,alt_names\nEntity List (EL),Foo Metals,,\n";

        assertThat(reader.read(new StringReader(csv), "bom.csv")).singleElement()
                .satisfies(entry -> assertThat(entry.listName()).isEqualTo("Entity List (EL)"));
    }

    @Test
    void fileWithoutNameColumnIsRefusedNamingTheColumn() {
        String csv = "source,programs,alt_names,title\nEntity List (EL),,,Someone\n";

        assertThatThrownBy(() -> reader.read(new StringReader(csv), "bad.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("bad.csv line 1").hasMessageContaining("'name'");
    }

    @Test
    void rowWithMissingFieldsIsRefusedNamingTheLine() {
        String csv = "source,name,programs,alt_names\nEntity List (EL),Foo,,\nEntity List (EL),Bar\n";

        assertThatThrownBy(() -> reader.read(new StringReader(csv), "short.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("short.csv line 3");
    }

    @Test
    void rowWithoutNameIsRefused() {
        String csv = "source,name,programs,alt_names\nEntity List (EL),,,\n";

        assertThatThrownBy(() -> reader.read(new StringReader(csv), "noname.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("noname.csv line 2").hasMessageContaining("no name");
    }

    @Test
    void unterminatedQuoteIsRefused() {
        String csv = "source,name,programs,alt_names\nEntity List (EL),\"Foo,,\n";

        assertThatThrownBy(() -> reader.read(new StringReader(csv), "quote.csv"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("quote.csv");
    }
}
