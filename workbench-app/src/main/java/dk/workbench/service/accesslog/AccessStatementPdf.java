package dk.workbench.service.accesslog;

import dk.workbench.letters.PdfArchival;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The citizen's access-log statement as an accessible PDF: PDF/A-2b and tagged PDF/UA-1
 * (STACK.md §7): DejaVu Sans embedded and subset, the sRGB output intent, XMP metadata with the
 * PDF/A and PDF/UA ids, Danish as the document language, a structure tree (Document → H1, P …)
 * with every text in marked content and page numbers as artifacts. Rows are drawn as they
 * arrive ({@link #add}); at most {@value #MAX_ROWS} entries are listed, and the statement says
 * how many more there are (the CSV has them all).
 *
 * <pre>{@code
 * try (var pdf = new AccessStatementPdf("Indsigt i adgangslog", List.of("Borger: …"), created)) {
 *   service.stream(cpr, filter, false, pdf::add);
 *   pdf.save(out);
 * }
 * }</pre>
 */
public final class AccessStatementPdf implements AutoCloseable {
  /** The most entries one statement lists. */
  public static final int MAX_ROWS = 10_000;

  static final String PRODUCER = "Citizen Workbench (Apache PDFBox)";
  private static final String FONT = "/fonts/DejaVuSans.ttf";
  private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
  private static final float MARGIN = 56;
  private static final float BODY = 9;
  private static final float LEADING = 12.5f;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
      .withZone(ZoneId.of("Europe/Copenhagen"));

  private final PDDocument doc = new PDDocument();
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final TrueTypeFont regularGlyphs;
  private final PDStructureElement root;
  private final PDStructureTreeRoot treeRoot;
  private final String title;
  private final Instant created;
  private final Map<Integer, COSArray> parents = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  private PDPage page;
  private PDPageContentStream content;
  private COSArray pageKids;
  private float y;
  private long rows;
  private long omitted;

  /**
   * Starts a statement: the title as the heading, then the introduction's paragraphs.
   *
   * @param created when the statement is made (the document's dates)
   */
  public AccessStatementPdf(String title, List<String> introduction, Instant created) throws IOException {
    this.title = title;
    this.created = created.truncatedTo(ChronoUnit.SECONDS);
    try (InputStream in = AccessStatementPdf.class.getResourceAsStream(FONT);
        InputStream inBold = AccessStatementPdf.class.getResourceAsStream(BOLD)) {
      if (in == null || inBold == null) {
        throw new IOException("the statement font is missing from the application");
      }
      regular = PDType0Font.load(doc, in, true);
      bold = PDType0Font.load(doc, inBold, true);
    }
    regularGlyphs = regular.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid
        ? cid.getTrueTypeFont() : null;
    treeRoot = new PDStructureTreeRoot();
    doc.getDocumentCatalog().setStructureTreeRoot(treeRoot);
    root = new PDStructureElement("Document", null);
    root.setParent(treeRoot);
    treeRoot.appendKid(root);
    newPage();
    block("H1", List.of(title), bold, 15, 20);
    y -= 6;
    for (String paragraph : introduction) {
      block("P", wrap(paragraph, regular, 10), regular, 10, 14);
      y -= 4;
    }
    y -= 8;
  }

  /** Lists one entry (beyond {@value #MAX_ROWS} only counted). */
  public void add(AccessLogRow row) throws IOException {
    if (rows >= MAX_ROWS) {
      omitted++;
      return;
    }
    rows++;
    String who = row.organisation() + (row.cvr().isEmpty() ? "" : " (CVR " + row.cvr() + ")")
        + (row.role().isEmpty() ? "" : ", " + row.role())
        + (row.employeeWithheld() ? ", navn tilbageholdt" : row.employee().isEmpty() ? "" : ", " + row.employee());
    List<String> lines = new ArrayList<>();
    lines.addAll(wrap((row.timestamp() == null ? "" : WHEN.format(row.timestamp())) + " — " + who, regular, BODY));
    lines.addAll(wrap("Handling: " + row.action() + " · Data: " + row.data() + " · System: " + row.system(), regular,
        BODY));
    lines.addAll(wrap("Formål: " + row.purpose() + " · Grundlag: " + row.legalBasis()
        + (row.legalReference().isEmpty() ? "" : " (" + row.legalReference() + ")")
        + (row.onBehalfOf().isEmpty() ? "" : " · På vegne af: " + row.onBehalfOf()), regular, BODY));
    block("P", lines, regular, BODY, LEADING);
    y -= 5;
  }

  /** Counts entries left out without passing them (e.g. the older part of a long log). */
  public void omit(long entries) {
    omitted += Math.max(0, entries);
  }

  /** Entries listed so far. */
  public long rows() {
    return rows;
  }

  /** Ends the statement (a closing note when entries were left out) and writes it. */
  public void save(OutputStream out) throws IOException {
    if (omitted > 0) {
      block("P", wrap("Yderligere " + omitted + " ældre registreringer er ikke vist her; de findes i CSV-udtrækket.",
          bold, 10), bold, 10, 14);
    }
    finishPage();
    PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
    Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
    parents.forEach((k, v) -> numbers.put(k, new PDParentTreeValue(v)));
    parentTree.setNumbers(numbers);
    treeRoot.setParentTree(parentTree);
    treeRoot.setParentTreeNextKey(pages.size());
    catalog();
    doc.save(out);
  }

  @Override
  public void close() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
    doc.close();
  }

  /** One structure element of {@code type} holding the lines, moved to a new page when it does not fit. */
  private void block(String type, List<String> lines, PDType0Font font, float size, float leading) throws IOException {
    if (y - leading * lines.size() < MARGIN + 20) {
      newPage();
    }
    int mcid = pageKids.size();
    PDStructureElement element = new PDStructureElement(type, root);
    element.setPage(page);
    element.getCOSObject().setItem(COSName.K, COSInteger.get(mcid));
    root.appendKid(element);
    pageKids.add(element.getCOSObject());
    COSDictionary props = new COSDictionary();
    props.setInt(COSName.MCID, mcid);
    content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(props));
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(MARGIN, y - size);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        content.newLineAtOffset(0, -leading);
      }
      content.showText(printable(lines.get(i)));
    }
    content.endText();
    content.endMarkedContent();
    y -= leading * lines.size();
  }

  private void newPage() throws IOException {
    finishPage();
    page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    pages.add(page);
    page.setStructParents(pages.size() - 1);
    page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    content = new PDPageContentStream(doc, page);
    pageKids = new COSArray();
    parents.put(pages.size() - 1, pageKids);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** The page number as an artifact, then the page's content is closed. */
  private void finishPage() throws IOException {
    if (content == null) {
      return;
    }
    content.beginMarkedContent(COSName.ARTIFACT);
    content.beginText();
    content.setFont(regular, 8);
    content.newLineAtOffset(MARGIN, MARGIN / 2);
    content.showText("Side " + pages.size() + " · " + printable(title));
    content.endText();
    content.endMarkedContent();
    content.close();
    content = null;
  }

  private void catalog() throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    catalog.setLanguage("da-DK");
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    catalog.setViewerPreferences(prefs);

    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(created.toEpochMilli());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor("Citizen Workbench");
    info.setCreator("Citizen Workbench");
    info.setProducer(PRODUCER);
    info.setCreationDate(when);
    info.setModificationDate(when);

    String stamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC));
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(PdfArchival.xmp(title, "Citizen Workbench", stamp, PRODUCER).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);

    PdfArchival.addSrgbOutputIntent(doc);
  }


  /** Words onto lines that fit the text width. */
  private List<String> wrap(String text, PDType0Font font, float size) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** Characters the font lacks, and control characters, become '?' or a space. */
  private String printable(String s) throws IOException {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        b.append(' ');
      } else if (regularGlyphs == null || regularGlyphs.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
        b.appendCodePoint(cp);
      } else {
        b.append('?');
      }
    }
    return b.toString();
  }
}
