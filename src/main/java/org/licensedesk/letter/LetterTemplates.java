package org.licensedesk.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The letters' wording in one language ({@code letter_en.properties}, {@code letter_zh.properties}), with
 * {@code {name}} placeholders filled literally (no MessageFormat, so apostrophes and braces in data stay as typed).
 */
final class LetterTemplates {
    private final Properties texts = new Properties();
    private final String language;

    LetterTemplates(String language) {
        this.language = language;
        String resource = "/org/licensedesk/letter/letter_" + language + ".properties";
        try (InputStream in = LetterTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The letter templates are missing: " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String language() {
        return language;
    }

    String text(String key, Map<String, String> values) {
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("No letter template " + key + " in " + language);
        }
        // One pass over the template: a value that itself holds "{x}" is never expanded again.
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 1, close);
            out.append(template, i, open);
            out.append(values.containsKey(name) ? values.get(name) : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    String text(String key) {
        return text(key, Map.of());
    }
}
