package dk.workbench.sandbox.digitalpost;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small valid PDF 1.4 written by hand: one A4 page of Helvetica text lines, WinAnsi encoded
 * (Danish letters included), with a correct cross-reference table. Enough for a sandbox letter;
 * the workbench's real letters are PDF/A from PDFBox.
 */
final class MiniPdf {
  private static final int TOP = 770;
  private static final int LEADING = 15;
  private static final int MAX_LINES = 48;

  private MiniPdf() {}

  /** A one-page PDF with a title (bold, larger) and body lines; characters outside Latin-1 become '?'. */
  static byte[] page(String title, List<String> lines) {
    StringBuilder content = new StringBuilder()
        .append("BT /F2 14 Tf 72 ").append(TOP).append(" Td ").append(LEADING).append(" TL (")
        .append(escape(title)).append(") Tj T* /F1 11 Tf T*");
    int count = 0;
    for (String line : lines) {
      if (++count > MAX_LINES) {
        break;
      }
      content.append(" (").append(escape(line)).append(") Tj T*");
    }
    content.append(" ET");
    byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);

    List<String> objects = java.util.Arrays.asList(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >>"
            + " /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        null, // the content stream, written below
        "<< /Title (" + escape(title) + ") /Producer (Citizen Workbench sandbox) >>");

    ByteArrayOutputStream out = new ByteArrayOutputStream(stream.length + 1024);
    write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n");
      if (objects.get(i) == null) {
        write(out, "<< /Length " + stream.length + " >>\nstream\n");
        out.writeBytes(stream);
        write(out, "\nendstream");
      } else {
        write(out, objects.get(i));
      }
      write(out, "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 7 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A PDF literal string's content: Latin-1 only, backslash and parentheses escaped, no control characters. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '(' || c == ')') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0xff || (c >= 0x7f && c < 0xa0)) {
        b.append('?');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
