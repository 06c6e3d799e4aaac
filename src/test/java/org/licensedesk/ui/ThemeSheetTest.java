package org.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The sheets the build compiles (issue 11: no CSS text parsed at start) say what their text says. */
class ThemeSheetTest {
    @Test
    void theBuildsCompiledThemeHasTheRulesOfTheText() throws IOException {
        URL compiled = ThemeSheet.class.getResource(ThemeSheet.COMPILED);
        assertThat(compiled).as("mvn process-classes compiles it before the tests").isNotNull();

        List<Rule> binary = Stylesheet.loadBinary(compiled).getRules();
        List<Rule> text = new CssParser().parse(ThemeSheet.text()).getRules();

        assertThat(binary).hasSameSizeAs(text);
        assertThat(binary.stream().map(ThemeSheetTest::describe).toList())
                .isEqualTo(text.stream().map(ThemeSheetTest::describe).toList());
        // The ControlsFX colours and the bundled font come after AtlantaFX's rules, so they win.
        assertThat(describe(binary.get(binary.size() - 1))).isEqualTo("*.root { -fx-font-family }");
    }

    @Test
    void theBuildCompilesTheAppsOwnSheetBesideItsText() throws IOException {
        URL text = ThemeSheet.class.getResource(UiStyles.STYLESHEET);
        URL compiled = ThemeSheet.class.getResource(UiStyles.STYLESHEET.replace(".css", ".bss"));
        assertThat(compiled).as("JavaFX loads name.bss in place of name.css; mvn process-classes writes it").isNotNull();

        List<Rule> binary = Stylesheet.loadBinary(compiled).getRules();
        List<Rule> parsed = new CssParser().parse(text).getRules();

        assertThat(binary).isNotEmpty().hasSameSizeAs(parsed);
        assertThat(binary.stream().map(ThemeSheetTest::describe).toList())
                .isEqualTo(parsed.stream().map(ThemeSheetTest::describe).toList());
    }

    @Test
    void aSheetsCompiledFormIsNamedAsJavaFxLooksForIt() {
        assertThat(ThemeSheet.compiledBeside(Path.of("a", "licensedesk.css"))).isEqualTo(Path.of("a", "licensedesk.bss"));
        assertThatThrownBy(() -> ThemeSheet.compiledBeside(Path.of("theme.txt")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A rule's selectors and the properties it sets (values are compared by the count of rules and properties). */
    private static String describe(Rule rule) {
        return rule.getSelectors().stream().map(Object::toString).collect(Collectors.joining(", ")) + " { "
                + rule.getDeclarations().stream().map(Declaration::getProperty).collect(Collectors.joining(" ")) + " }";
    }
}
