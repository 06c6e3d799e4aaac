package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;

/** {@code screening-import --format mofcom} through the same wiring as the launcher. */
class MofcomImportCommandTest {
    private static PasswordHash hash;

    @TempDir
    Path folder;
    private String db;

    private final CommandConsole console = new CommandConsole();

    @BeforeAll
    static void hashPasswordOnce() {
        hash = PasswordHasher.weakForTests(1_000).hash(CommandConsole.PASSWORD.toCharArray());
    }

    @BeforeEach
    void createDatabase() {
        db = CommandConsole.createDatabase(folder, hash, new User("the.sup", "The Supervisor", UserRole.SUPERVISOR,
                true));
    }

    private int run(String... args) {
        return console.run("the.sup", ScreeningImportCommand::new, args);
    }

    @Test
    void theBundledSampleLoadsAsTheMofcomSource() throws URISyntaxException {
        String sample = Path.of(getClass().getResource("/org/licensedesk/screening/mofcom-sample.csv").toURI())
                .toString();

        assertThat(run("screening-import", "--format", "mofcom", sample, "--db", db)).isEqualTo(Cli.OK);

        assertThat(console.stdout()).isEqualTo("loaded the MOFCOM list from mofcom-sample.csv: 22 entries with 0 "
                + "aliases, replacing 0; screened 0 open applications again, 0 with hits");
    }

    @Test
    void aCslFileGivenAsMofcomIsRefusedNamingTheHeader() throws Exception {
        Path csl = Files.writeString(folder.resolve("csl.csv"), "source,name,programs,alt_names\nEL,Foo,,\n",
                StandardCharsets.UTF_8);

        assertThat(run("screening-import", "--format", "mofcom", csl.toString(), "--db", db)).isEqualTo(Cli.FAILED);

        assertThat(console.stderr()).contains("csl.csv line 1: not a MOFCOM list file: the header must be "
                + "list,name_zh,name_en,country,announcement,listed_on,suspended_from,suspended_until,removed_on,"
                + "source_url").contains("no list was replaced");
    }
}
