package dk.workbench.contracts.digitalpost.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class MemoXmlTest {
  static final List<String> SAMPLES = MemoSamples.NAMES;

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void sampleReadsWritesAndReadsBackToTheSameModel(String sample) throws Exception {
    MemoMessage first = MemoXml.read(MemoSamples.bytes(sample));

    MemoMessage second = MemoXml.read(MemoXml.write(first));

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void writingKeepsEveryElementWithItsNamespace(String sample) throws Exception {
    byte[] original = MemoSamples.bytes(sample);

    byte[] written = MemoXml.write(MemoXml.read(original));

    assertThat(elementPaths(written)).isEqualTo(elementPaths(original));
  }

  @Test
  void writtenMessageHasTheDeclarationVersionAndPrefixesOfTheExamples() throws Exception {
    String xml = new String(MemoXml.write(MemoXml.read(MemoSamples.bytes("MeMo_Full_Example.xml"))),
        StandardCharsets.UTF_8);

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><memo:Message ");
    assertThat(xml).contains("memoVersion=\"1.2\"", "xmlns:memo=\"https://DigitalPost.dk/MeMo-1\"",
        "xmlns:grd=\"https://data.gov.dk/model/core/\"", "xmlns:kle=\"http://kle-online.dk/\"",
        "<grd:CPRdata><grd:cprNumber>", "<kle:KLEdata><kle:subjectKey>00.00.00</kle:subjectKey>",
        "<sor:SORdata>", "<gln:GlobalLocationNumber>", "<dmv:MotorVehicle>", "<udd:Education>", "<form:FORMdata>");
    assertThat(xml.indexOf("xmlns:grd")).as("declared once, on the root").isEqualTo(xml.lastIndexOf("xmlns:grd"));
    assertThat(xml).doesNotContain("wstxns");
  }

  @Test
  void fullExampleMapsTheHeaderBodyAndForeignNamespaces() throws Exception {
    MemoMessage message = MemoXml.read(MemoSamples.bytes("MeMo_Full_Example.xml"));

    MessageHeader header = message.messageHeader();
    assertThat(message.memoVersion()).isEqualTo("1.2");
    assertThat(header.messageType()).isEqualTo(MessageHeader.DIGITALPOST);
    assertThat(header.messageUUID()).isEqualTo(UUID.fromString("8C2EA15D-61FB-4BA9-9366-42F8B194C114"));
    assertThat(header.label()).isEqualTo("Besked fra Børneforvaltningen");
    assertThat(header.reply()).isTrue();
    assertThat(header.replyByDateTime()).isEqualTo(OffsetDateTime.of(2025, 9, 30, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(header.doNotDeliverUntilDate()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(header.legalNotification()).isFalse();
    assertThat(header.postType()).isEqualTo(MessageHeader.MYNDIGHEDSPOST);
    assertThat(header.sender().label()).isEqualTo("Kommunen");
    assertThat(header.sender().attentionData().productionUnit().productionUnitName()).isEqualTo("Produktionsenhed A");
    assertThat(header.sender().attentionData().eid().eid()).isEqualTo("CVR:12345678-RID:1234567890123");
    assertThat(header.sender().attentionData().address().addressPoint().geographicEastingMeasure())
        .isEqualByComparingTo(new BigDecimal("557501.23"));
    assertThat(header.sender().contactPoint().contactInfo()).hasSize(2);
    assertThat(header.sender().representative().representativeID()).isEqualTo("87654321");
    assertThat(header.recipient().idType()).isEqualTo(Recipient.CPR);
    assertThat(header.contentData().kleData().subjectKey()).isEqualTo("00.00.00");
    assertThat(header.contentData().caseId().caseId()).isEqualTo("SAG-12345");
    assertThat(header.contentData().additionalContentData()).hasSize(2);
    assertThat(header.forwardData().originalSender()).isEqualTo("Kommunen");
    assertThat(header.replyData()).hasSize(2);
    assertThat(header.replyData().get(1).additionalReplyData()).hasSize(4);

    MessageBody body = message.messageBody();
    assertThat(body.mainDocument().files()).extracting(MemoFile::filename)
        .containsExactly("Pladsanvisning.pdf", "Pladsanvisning.txt");
    assertThat(body.mainDocument().files().get(0).content()).asString(StandardCharsets.UTF_8).isEqualTo("This is a test");
    assertThat(body.mainDocument().actions().get(1).reservation().summary()).isEqualTo("Opstart");
    assertThat(body.additionalDocuments()).hasSize(2);
    assertThat(body.additionalDocuments().get(1).actions().get(0).entryPoint().url())
        .endsWith("key=5798009811578&keytype=GLN");
    assertThat(body.technicalDocuments()).singleElement()
        .satisfies(d -> assertThat(d.technicalDocumentID()).isEqualTo("222555"));
    assertThat(body.citizenFiles()).hasSize(5);
  }

  @Test
  void nemSmsHasNoBody() throws Exception {
    MemoMessage message = MemoXml.read(MemoSamples.bytes("MeMo_NemSMS.xml"));

    assertThat(message.messageHeader().messageType()).isEqualTo(MessageHeader.NEMSMS);
    assertThat(message.messageBody()).isNull();
  }

  @Test
  void aBuiltMessageRoundTrips() throws Exception {
    MessageHeader header = MessageHeader.minimal(MessageHeader.DIGITALPOST, UUID.randomUUID(), "Afgørelse om boligstøtte",
        Sender.of("19435075", "CVR", "Udbetaling Danmark"), Recipient.of("0101701234", Recipient.CPR, null));
    MessageBody body = new MessageBody(OffsetDateTime.parse("2025-03-01T08:00:00+01:00"),
        new MessageBody.MainDocument("1", "Afgørelse", List.of(new MemoFile(MemoFile.PDF, "afgoerelse.pdf", "da",
            "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))), List.of()), List.of(), List.of());
    MemoMessage message = MemoMessage.of(header, body);

    MemoMessage back = MemoXml.read(new ByteArrayInputStream(MemoXml.write(message)));

    assertThat(back).isEqualTo(message);
    assertThat(back.messageBody().createdDateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
  }

  @Test
  void aDoctypeIsRefusedSoExternalEntitiesAreNeverLoaded() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE memo:Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <memo:Message xmlns:memo="https://DigitalPost.dk/MeMo-1" memoVersion="1.2">
          <memo:MessageHeader><memo:label>&xxe;</memo:label></memo:MessageHeader>
        </memo:Message>
        """;
    assertThatThrownBy(() -> MemoXml.read(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MemoParseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void anUndeclaredEntityIsMalformed() {
    String entity = minimal("<memo:label>&lol;</memo:label>");
    assertThatThrownBy(() -> MemoXml.read(entity.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MemoParseException.class)
        .hasMessageContaining("Not well-formed");
  }

  @Test
  void aMessageOverTheLimitIsRefusedBeforeParsing() {
    byte[] huge = new byte[MemoXml.MAX_BYTES + 1];
    assertThatThrownBy(() -> MemoXml.read(new ByteArrayInputStream(huge)))
        .isInstanceOf(MemoParseException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void anotherRootOrVersionIsRefused() {
    assertThatThrownBy(() -> MemoXml.read("<Message memoVersion=\"1.2\"/>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MemoParseException.class).hasMessageContaining("root element");
    String v11 = new String(MemoSamples.bytes("MeMo_NemSMS.xml"), StandardCharsets.UTF_8)
        .replace("memoVersion=\"1.2\"", "memoVersion=\"1.1\"");
    assertThatThrownBy(() -> MemoXml.read(v11.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MemoParseException.class).hasMessageContaining("memoVersion");
  }

  @Test
  void aMissingRequiredElementIsNamed() {
    String noUuid = new String(MemoSamples.bytes("MeMo_NemSMS.xml"), StandardCharsets.UTF_8)
        .replaceAll("<memo:messageUUID>[^<]*</memo:messageUUID>", "");
    assertThatThrownBy(() -> MemoXml.read(noUuid.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MemoParseException.class)
        .hasMessageContaining("MessageHeader/messageUUID");
  }

  @Test
  void aWrongValueIsNamedWithoutQuotingIt() {
    String badUuid = new String(MemoSamples.bytes("MeMo_NemSMS.xml"), StandardCharsets.UTF_8)
        .replaceAll("<memo:messageUUID>[^<]*</memo:messageUUID>", "<memo:messageUUID>2211771212</memo:messageUUID>");
    assertThatThrownBy(() -> MemoXml.read(badUuid.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MemoParseException.class)
        .hasMessageContaining("MessageHeader/messageUUID")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("2211771212", "221177"));
  }

  @Test
  void truncatedOrGarbageInputIsAParseException() {
    byte[] sample = MemoSamples.bytes("MeMo_with_attachment.xml");
    byte[] truncated = java.util.Arrays.copyOf(sample, sample.length / 2);
    for (byte[] bad : List.of(truncated, new byte[0], "{\"json\":true}".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0})) {
      assertThatThrownBy(() -> MemoXml.read(bad)).isInstanceOf(MemoParseException.class);
    }
  }

  private static String minimal(String headerContent) {
    return "<memo:Message xmlns:memo=\"https://DigitalPost.dk/MeMo-1\" memoVersion=\"1.2\"><memo:MessageHeader>"
        + headerContent + "</memo:MessageHeader></memo:Message>";
  }

  /** Every element as its path of {namespace}localName, in document order. */
  private static List<String> elementPaths(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    List<String> paths = new ArrayList<>();
    collect(document.getDocumentElement(), "", paths);
    return paths;
  }

  private static void collect(Element element, String parent, List<String> paths) {
    String path = parent + "/{" + element.getNamespaceURI() + "}" + element.getLocalName();
    paths.add(path);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, path, paths);
      }
    }
  }
}
