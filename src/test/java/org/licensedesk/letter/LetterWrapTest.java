package org.licensedesk.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a letter's paragraphs break into lines: Chinese punctuation keeps to the rules of Chinese typesetting. */
class LetterWrapTest {
    private static final float SIZE = 10.5f;
    private static PDDocument document;
    private static PDType0Font font;

    @BeforeAll
    static void loadFont() throws Exception {
        document = new PDDocument();
        try (InputStream in = LetterPdf.class.getResourceAsStream(LetterPdf.FONT)) {
            font = PDType0Font.load(document, in, true);
        }
    }

    @AfterAll
    static void close() throws Exception {
        document.close();
    }

    private static float width(String text) throws Exception {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    @Test
    void aClosingBracketHangsRatherThanStartALine() throws Exception {
        String paragraph = "持证人：Ganzhou Metals Co., Ltd.（统一社会信用代码 91360700MA01ADLP6H）";
        // Room for everything but the closing bracket: it would start the second line.
        float width = width(paragraph.substring(0, paragraph.length() - 1)) + 0.5f;

        List<String> lines = LetterPdf.wrap(paragraph, font, SIZE, width);

        assertThat(lines).containsExactly(paragraph);
    }

    @Test
    void anOpeningBracketMovesToTheNextLineWithWhatItOpens() throws Exception {
        String first = "许可的收货人：Setouchi E-Drive Systems Co., Ltd.";
        String paragraph = first + "（日本）";
        float width = width(first + "（") + 0.5f;

        List<String> lines = LetterPdf.wrap(paragraph, font, SIZE, width);

        assertThat(lines).containsExactly(first, "（日本）");
    }

    @Test
    void aPrintedHashWithFfReadsBackWhole() throws Exception {
        // "ff" was set as one ligature glyph, which text extraction lost: the hash under the QR code read short.
        String hash = "0b10e764129555a6fde1414a629e0e57098146cb3562ffe34d9ca90cf5dfc5f6";
        byte[] pdf = LetterPdf.render(new Letter(LetterKind.INFO_REQUEST, "EXP-2026-000001",
                java.time.LocalDate.of(2026, 4, 1), java.time.Instant.parse("2026-04-01T02:00:00Z"), "补充材料通知",
                "Request for Information", List.of(new Letter.Section("Request for Information",
                List.of("Please send the office a different certificate; fifty affidavits suffice."))), "footer",
                List.of("SHA-256")), hash);
        try (PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            assertThat(text.replaceAll("\\s", "")).contains(hash);
            assertThat(text).contains("Please send the office a different certificate; fifty affidavits suffice.");
        }
    }

    @Test
    void latinTextBreaksBetweenWordsAndChineseBetweenCharacters() throws Exception {
        assertThat(LetterPdf.wrap("one two three", font, SIZE, width("one two") + 0.5f))
                .containsExactly("one two", "three");
        assertThat(LetterPdf.wrap("出口许可决定书", font, SIZE, width("出口许可") + 0.5f))
                .containsExactly("出口许可", "决定书");
    }
}
