package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in every language, is used somewhere, and takes the same arguments in each language. */
class LocalizationConsistencyTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/licensedesk/ui");
    private static final Path ENGLISH = RESOURCES.resolve("messages.properties");
    private static final Path CHINESE = RESOURCES.resolve("messages_zh_CN.properties");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> chinese = load(CHINESE).stringPropertyNames();

        assertThat(difference(english, chinese)).as("keys missing from the Chinese bundle").isEmpty();
        assertThat(difference(chinese, english)).as("keys missing from the English bundle").isEmpty();
    }

    @Test
    void everyKeyIsUsedInTheSources() throws IOException {
        String sources = mainSources();

        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(load(ENGLISH).stringPropertyNames())) {
            if (!sources.contains("\"" + key + "\"") && !sources.contains("%" + key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no source file uses").isEmpty();
    }

    @Test
    void translationsTakeTheSameArguments() throws IOException {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);

        for (String key : english.stringPropertyNames()) {
            int expected = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            int actual = new MessageFormat(chinese.getProperty(key, "")).getFormatsByArgumentIndex().length;
            assertThat(actual).as("arguments of %s", key).isEqualTo(expected);
        }
    }

    /** Properties keep the last of two equal keys without a word; a merge of two branches can leave both. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Path bundle : List.of(ENGLISH, CHINESE)) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0) {
                    continue;
                }
                String key = trimmed.substring(0, equals).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + bundle.getFileName()).isEmpty();
        }
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);
        // The product name, and the title that is only the product name and a path.
        Set<String> sameInBoth = Set.of("app.name", "main.title");

        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> !sameInBoth.contains(key))
                .filter(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .sorted()
                .toList();
        assertThat(untranslated).isEmpty();
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".fxml"))
                    .map(LocalizationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
