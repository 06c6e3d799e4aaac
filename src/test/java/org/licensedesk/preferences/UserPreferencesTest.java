package org.licensedesk.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each user's settings on the workstation: a small file in the data folder, never a reason not to open. */
class UserPreferencesTest {
    @TempDir
    Path dataFolder;

    @Test
    void settingsSavedForOneUserComeBackForThatUserOnly() throws Exception {
        PreferencesFolder folder = PreferencesFolder.in(dataFolder);
        UserPreferences liNa = folder.forUser("li.na");
        liNa.put("language", "zh-CN");
        liNa.putDouble("mainWindow.width", 1000.5);
        liNa.putInt("queue.sortColumn", 3);
        liNa.putBoolean("mainWindow.maximized", true);
        liNa.save();

        // Another run of the program: read from the file.
        UserPreferences again = PreferencesFolder.in(dataFolder).forUser("LI.NA ");
        assertThat(again.get("language")).contains("zh-CN");
        assertThat(again.getDouble("mainWindow.width")).isEqualTo(OptionalDouble.of(1000.5));
        assertThat(again.getInt("queue.sortColumn")).isEqualTo(OptionalInt.of(3));
        assertThat(again.getBoolean("mainWindow.maximized")).contains(true);
        assertThat(folder.forUser("zhao.lei").get("language")).isEmpty();
        assertThat(dataFolder.resolve("preferences/user-li.na.properties")).isRegularFile();
        // Written whole through a temporary file that is moved over: none is left behind.
        try (var files = Files.list(dataFolder.resolve("preferences"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("user-li.na.properties");
        }
    }

    @Test
    void everyPartOfTheWindowSharesOneUsersSettingsSoNoneOverwritesAnother() {
        PreferencesFolder folder = PreferencesFolder.in(dataFolder);
        folder.forUser("li.na").put("queue.columns", "reference,applicant");
        folder.forUser("li.na").put("language", "en");
        folder.forUser("li.na").save();

        UserPreferences read = PreferencesFolder.in(dataFolder).forUser("li.na");
        assertThat(read.get("queue.columns")).contains("reference,applicant");
        assertThat(read.get("language")).contains("en");
        assertThat(folder.forUser("li.na")).isSameAs(folder.forUser("li.na"));
        assertThat(folder.workstation()).isNotSameAs(folder.forUser("workstation"));
    }

    @Test
    void aValueThatDoesNotParseOrAFileThatDoesNotReadIsIgnored() throws Exception {
        Path file = dataFolder.resolve("preferences/user-li.na.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "mainWindow.width=wide\nmainWindow.x=NaN\nmainWindow.maximized=perhaps\n",
                StandardCharsets.ISO_8859_1);

        UserPreferences preferences = PreferencesFolder.in(dataFolder).forUser("li.na");
        assertThat(preferences.getDouble("mainWindow.width")).isEmpty();
        assertThat(preferences.getDouble("mainWindow.x")).isEmpty();
        assertThat(preferences.getBoolean("mainWindow.maximized")).isEmpty();

        Files.writeString(file, "broken=\\u12", StandardCharsets.ISO_8859_1);
        assertThat(PreferencesFolder.in(dataFolder).forUser("li.na").get("broken")).isEmpty();
    }

    @Test
    void usernamesThatAreNoFileNamesAreSpeltInHex() {
        assertThat(PreferencesFolder.fileName("wang.fang")).isEqualTo("wang.fang");
        assertThat(PreferencesFolder.fileName("../etc/passwd")).isEqualTo("x2e2e2f6574632f706173737764");
        assertThat(PreferencesFolder.fileName("王芳")).startsWith("x").doesNotContain("/");
    }

    @Test
    void inMemorySettingsAreKeptUntilTheProgramEndsAndAFolderThatCannotBeWrittenSaysSo() throws Exception {
        UserPreferences memory = PreferencesFolder.inMemory().forUser("li.na");
        memory.put("language", "en");
        memory.save();
        assertThat(memory.get("language")).contains("en");
        assertThat(memory.file()).isNull();

        Path notAFolder = Files.writeString(dataFolder.resolve("file"), "x");
        UserPreferences blocked = PreferencesFolder.in(notAFolder).forUser("li.na");
        blocked.put("language", "en");
        assertThatThrownBy(blocked::save).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("user-li.na.properties");
    }
}
