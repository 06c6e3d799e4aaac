package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.licensedesk.json.JsonMapper;

/**
 * The export's quick check of stored details ({@link PlainJson}) says "one JSON value" only where the exporter's
 * Jackson check says so too (issue 11), so the exported bytes stay the same: a text it declines goes to Jackson.
 */
class PlainJsonTest {
    private static final ObjectMapper MAPPER = JsonMapper.create();

    static List<String> values() {
        return List.of("{}", "[]", "{\"a\":1}", " {\"a\" : [1, -2.5e+3, 0, -0, 1E9, true, false, null]}\n",
                "{\"chinese\":\"赣州稀土集团有限公司\",\"emoji\":\"\uD83D\uDE00\",\"lone\":\"a\uD800b\"}",
                "{\"esc\":\"\\u00e9\\u0001\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", "{\"dup\":1,\"dup\":2}",
                "{\"n\":{\"m\":{\"o\":[[],[{}]]}}}", "\"text\"", "12", "-0.5", "true", "null",
                "{\"amount\":\"12.50\",\"codes\":[\"1C902.a\",\"1C905.b\"]}");
    }

    static List<String> notValues() {
        return List.of("", " ", "{", "}", "{\"a\":1", "{\"a\":1}}", "{\"a\":1}{}", "{\"a\":1} x", "{'a':1}",
                "{a:1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":1e}",
                "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}",
                "{\"a\":\"\u0001\"}", "{\"a\u0000\":1}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}",
                "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated}", "{\"a\":1,}", "[1,]", "[,1]", "{,}",
                "{\"a\" 1}", "{\"a\":1 \"b\":2}", "// comment\n{}", "{} // comment", "\uFEFF{}", "{\"a\":1}\u00a0",
                "{\"a\":\u000b1}", "[1 2]", "not json", "{\"a\":[1}", "{\"a\":{]}", "\"a\"\"b\"");
    }

    @ParameterizedTest
    @MethodSource("values")
    void takesWhatJacksonTakes(String text) {
        assertThat(jackson(text)).isTrue();
        assertThat(PlainJson.isOneValue(text)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("notValues")
    void declinesWhatJacksonRefuses(String text) {
        assertThat(jackson(text)).isFalse();
        assertThat(PlainJson.isOneValue(text)).isFalse();
    }

    @Test
    void declinesWhatItDoesNotCheckAndJacksonDecides() {
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(200)).append("]".repeat(200));
        String longNumber = "{\"n\":" + "9".repeat(200) + "}";
        String longText = "{\"t\":\"" + "x".repeat(PlainJson.MAX_LENGTH) + "\"}";
        for (String text : List.of(deep.toString(), longNumber, longText)) {
            assertThat(PlainJson.isOneValue(text)).isFalse();
            assertThat(jackson(text)).isTrue();
        }
        assertThat(PlainJson.isOneValue(null)).isFalse();
    }

    /** Random edits of valid details: wherever the quick check says yes, Jackson says yes. */
    @Test
    void neverTakesWhatJacksonRefuses() {
        Random random = new Random(11);
        String alphabet = "{}[]\":,.-+eE0123456789 \n\t\\/ubfnrtx\u0001\u00e9\u4e2d";
        List<String> seeds = new ArrayList<>(values());
        int taken = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int edit = random.nextInt(3); edit >= 0; edit--) {
                int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            String edited = text.toString();
            if (PlainJson.isOneValue(edited)) {
                taken++;
                assertThat(jackson(edited)).as(edited).isTrue();
            } else if (edited.length() < 200 && jackson(edited)) {
                // Jackson takes it and the quick check declined: allowed (Jackson decides), but not for plain JSON.
                assertThat(edited).as("declined plain JSON").matches("(?s).*([0-9]{65,}|\\[{33,}).*");
            }
        }
        assertThat(taken).isGreaterThan(1000);
    }

    /** The exporter's own check, the one it asks when PlainJson declines. */
    private static boolean jackson(String text) {
        return AuditExporter.isOneJsonValue(MAPPER.getFactory(), text);
    }
}
