package org.licensedesk.letter;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a {@link Letter} out on A4 pages as PDF: the desk's CJK font embedded (a subset of the bundled Noto Sans CJK
 * SC, which also carries Latin), the reference on every page, and on the last page a QR code of the letter's content
 * SHA-256 with the hash written out beside it.
 */
final class LetterPdf {
    /**
     * The window's bundled font (Noto Sans CJK SC subset, which carries Latin too) with its outlines converted to
     * TrueType by assets/fonts/otf2ttf.py: PDFBox embeds TrueType outlines only, not the OpenType CFF of the .otf.
     */
    static final String FONT = "/org/licensedesk/letter/fonts/NotoSansCJKsc-Regular-subset.ttf";

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10.5f;
    private static final float TITLE_SIZE = 15;
    private static final float LEADING = 1.45f;
    private static final float QR_SIZE = 96;

    private LetterPdf() {
    }

    static byte[] render(Letter letter, String contentSha256) {
        try (PDDocument document = new PDDocument(); TrueTypeFont face = face(FONT)) {
            PDType0Font regular = PDType0Font.load(document, face, true);
            PDType0Font bold = regular;
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.titleEn() + " " + letter.reference());
            info.setSubject(letter.titleZh());
            info.setProducer("LicenseDesk");
            Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            issued.setTimeInMillis(letter.issuedAt().toEpochMilli());
            info.setCreationDate(issued);
            try {
                new Pages(document, regular, bold, letter).write(contentSha256);
            } catch (IllegalArgumentException noGlyph) {
                // PDFBox names the character ("No glyph for U+2A6D6 ..."). A letter must say what the record says,
                // so none is written rather than one with a gap.
                throw new LetterRefusedException("The letter's font has no form for a character of the record ("
                        + noGlyph.getMessage() + "); no letter was written. Ask support to add the character to the "
                        + "bundled font.");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be written as PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled face, with the font's glyph substitutions off: PDFBox would otherwise set "ff" or "fi" as one
     * ligature glyph, which text extraction (and copying from the PDF) loses, so a printed hash such as "...3562ffe3..."
     * would read "...3562e3..." (it did). Open until the document using it is saved.
     */
    private static TrueTypeFont face(String resource) throws IOException {
        try (InputStream in = LetterPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundled font " + resource + " is missing from the application");
            }
            TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(in));
            face.setEnableGsub(false);
            return face;
        }
    }

    /** The page being written and where the next line goes. */
    private static final class Pages {
        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Letter letter;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDType0Font regular, PDType0Font bold, Letter letter) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.letter = letter;
        }

        void write(String contentSha256) throws IOException {
            newPage();
            for (Letter.Section section : letter.sections()) {
                line(section.title(), bold, TITLE_SIZE);
                y -= 6;
                for (String paragraph : section.paragraphs()) {
                    if (paragraph.isEmpty()) {
                        y -= BODY_SIZE * 0.8f;
                        continue;
                    }
                    for (String wrapped : wrap(paragraph, regular, BODY_SIZE, width)) {
                        line(wrapped, regular, BODY_SIZE);
                    }
                }
                y -= BODY_SIZE * 1.5f;
            }
            if (y - QR_SIZE < MARGIN + 20) {
                newPage();
            }
            qr(contentSha256);
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            String header = letter.reference() + "   " + letter.issuedOn();
            text(header, regular, 8, MARGIN, PDRectangle.A4.getHeight() - MARGIN / 2);
            text(letter.footer() + "   " + document.getNumberOfPages(), regular, 8, MARGIN, MARGIN / 2);
        }

        private void line(String text, PDType0Font font, float size) throws IOException {
            float height = size * LEADING;
            if (y - height < MARGIN) {
                newPage();
            }
            y -= height;
            text(text, font, size, MARGIN, y);
        }

        private void text(String text, PDType0Font font, float size, float x, float atY) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        /** The QR code drawn as filled squares (vector, sharp when printed), and the hash beside it. */
        private void qr(String contentSha256) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode("sha256:" + contentSha256,
                        com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IOException("the QR code could not be made: " + e.getMessage(), e);
            }
            float cell = QR_SIZE / matrix.getWidth();
            float top = y - 8;
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        content.addRect(MARGIN + column * cell, top - (row + 1) * cell, cell, cell);
                    }
                }
            }
            content.fill();
            float x = MARGIN + QR_SIZE + 14;
            float lineY = top - 12;
            for (String caption : letter.hashCaptions()) {
                text(caption, regular, 8.5f, x, lineY);
                lineY -= 13;
            }
            text(contentSha256.substring(0, 32), regular, 8.5f, x, lineY);
            text(contentSha256.substring(32), regular, 8.5f, x, lineY - 12);
            y = top - QR_SIZE;
        }
    }

    /** Chinese punctuation that may not start a line. */
    private static final java.util.Set<String> CLOSING = java.util.Set.of("，", "。", "、", "；", "：", "！", "？",
            "）", "」", "』", "》", "〉", "】");
    /** Chinese opening brackets that may not end a line. */
    private static final String OPENING = "（「『《〈【";

    /** The paragraph's lines no wider than {@code width} points, broken between words and Chinese characters. */
    static List<String> wrap(String paragraph, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : tokens(paragraph)) {
            String candidate = current + token;
            // Chinese typesetting: closing punctuation never starts a line (it hangs into the margin instead),
            // and an opening bracket never ends one (it moves to the next line with what it opens).
            if (current.length() > 0 && !CLOSING.contains(token)
                    && font.getStringWidth(candidate.stripTrailing()) / 1000 * size > width) {
                String carried = "";
                int last = current.length() - 1;
                if (last > 0 && OPENING.indexOf(current.charAt(last)) >= 0) {
                    carried = current.substring(last);
                    current.setLength(last);
                }
                lines.add(current.toString().stripTrailing());
                current.setLength(0);
                current.append(carried).append(token.stripLeading());
            } else {
                current.append(token);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString().stripTrailing());
        }
        return lines;
    }

    /** Latin words with their following space, and each CJK character on its own: where a line may break. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            boolean ideograph = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                    || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
            if (ideograph) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(codePoint)));
            } else {
                word.appendCodePoint(codePoint);
                if (codePoint == ' ') {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
            }
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
