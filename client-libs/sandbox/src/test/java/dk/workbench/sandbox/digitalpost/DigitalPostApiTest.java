package dk.workbench.sandbox.digitalpost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.digitalpost.ReadState;
import dk.workbench.contracts.digitalpost.SendReceipt;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.contracts.digitalpost.memo.MessageBody;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
import dk.workbench.contracts.digitalpost.memo.Recipient;
import dk.workbench.contracts.digitalpost.memo.Sender;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.contracts.testing.OpenApiValidation;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.population.Archetype;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Digital Post API over real HTTP on loopback, every exchange validated against
 * {@code openapi/digitalpost.openapi.yaml}.
 */
class DigitalPostApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType XML = MediaType.get("application/xml");

  private static SandboxServer server;
  private static String caseworker;
  private static String supervisor;

  private OpenApiValidation contract;
  private OkHttpClient http;
  /** Set by tests whose requests break the contract on purpose: then only the answers must conform. */
  private boolean requestsBreakContract;

  @BeforeAll
  static void start() throws IOException {
    server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    caseworker = token("CASEWORKER");
    supervisor = token("SUPERVISOR");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void validate() {
    contract = OpenApiValidation.of("openapi/digitalpost.openapi.yaml");
    http = new OkHttpClient().newBuilder().addNetworkInterceptor(contract).build();
  }

  @AfterEach
  void everyExchangeConformed() {
    List<String> violations = contract.violations().stream()
        .filter(v -> !(requestsBreakContract && v.contains(": validation.request.")))
        .toList();
    assertThat(violations).isEmpty();
    assertThat(contract.validatedExchanges()).isPositive();
  }

  @Test
  void heavyHistoryCitizenHasExactly10000MessagesNewestFirst() throws IOException {
    String heavy = archetype(Archetype.HEAVY_HISTORY);

    MailboxPage first = page(heavy, "size=100");
    MailboxPage last = page(heavy, "size=100&page=99");
    MailboxPage beyond = page(heavy, "size=100&page=100");

    assertThat(first.totalCount()).isEqualTo(10_000);
    assertThat(first.totalPages()).isEqualTo(100);
    assertThat(first.items()).hasSize(100).isSortedAccordingTo(newestFirst());
    assertThat(last.items()).hasSize(100).isSortedAccordingTo(newestFirst());
    assertThat(last.items().get(0).receivedAt()).isBefore(first.items().get(99).receivedAt());
    assertThat(last.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(first.items()).extracting(MailboxMessage::messageUUID).doesNotHaveDuplicates();
  }

  @Test
  void filtersByReadStateAndPeriodCountWhatTheyKeep() throws IOException {
    String heavy = archetype(Archetype.HEAVY_HISTORY);

    MailboxPage unread = page(heavy, "unread=true&size=100");
    MailboxPage read = page(heavy, "unread=false&size=5");
    MailboxPage year = page(heavy, "from=2020-01-01&to=2020-12-31&size=100");

    assertThat(unread.items()).isNotEmpty().allSatisfy(m -> assertThat(m.read()).isFalse());
    assertThat(read.items()).allSatisfy(m -> assertThat(m.read()).isTrue());
    assertThat(unread.totalCount() + read.totalCount()).isEqualTo(10_000);
    assertThat(year.totalCount()).isBetween(500L, 750L);
    assertThat(year.items()).allSatisfy(m -> assertThat(m.receivedAt().getYear()).isEqualTo(2020));
  }

  @Test
  void ordinaryCitizensGetPostFromTheirMunicipalityAndNationalAuthorities() throws IOException {
    ArchetypeEntry family = server.population().archetypes().stream()
        .filter(a -> a.archetype().equals(Archetype.FAMILY_WITH_CHILDREN.id())).findFirst().orElseThrow();
    String kommunekode = server.population().find(family.cpr()).orElseThrow().adresse().aktuelAdresse().kommunekode();
    String kommune = PostCatalogue.kommune(PostCatalogue.municipality(kommunekode, new java.util.SplittableRandom(0)))
        .name();

    MailboxPage page = page(family.cpr(), "size=100");

    assertThat(page.totalCount()).isBetween(10L, 400L);
    assertThat(page.items()).extracting(m -> m.sender().name())
        .contains(kommune)
        .containsAnyOf("Skattestyrelsen", "Udbetaling Danmark");
    assertThat(page.items()).allSatisfy(m -> {
      assertThat(m.label()).isNotBlank();
      assertThat(m.postType()).isEqualTo("MYNDIGHEDSPOST");
      assertThat(m.attachments()).isNotEmpty().allSatisfy(a -> assertThat(a.mediaType()).isEqualTo("application/pdf"));
    });
    assertThat(page.items()).anySatisfy(m -> assertThat(m.attachments()).hasSizeGreaterThan(1));
    assertThat(page.items()).anySatisfy(m -> assertThat(m.replyByDate()).isNotNull());
  }

  @Test
  void aMessageIsMemoXmlMatchingItsListingAndItsAttachmentsArePdfs() throws IOException {
    String cpr = archetype(Archetype.PENSIONER_COUPLE);
    MailboxMessage listed = page(cpr, "size=1").items().get(0);

    Response xml = get("digitalpost/v1/messages/" + listed.messageUUID(), caseworker);
    MemoMessage memo = memo(xml);
    Response pdf = get("digitalpost/v1/messages/" + listed.messageUUID() + "/attachments/1", caseworker);
    byte[] pdfBytes = pdf.body().bytes();

    assertThat(xml.header("Content-Type")).startsWith("application/xml");
    assertThat(memo.messageHeader().messageUUID()).isEqualTo(listed.messageUUID());
    assertThat(memo.messageHeader().label()).isEqualTo(listed.label());
    assertThat(memo.messageHeader().recipient().recipientID()).isEqualTo(cpr);
    assertThat(memo.messageHeader().sender().label()).isEqualTo(listed.sender().name());
    assertThat(memo.messageBody().citizenFiles()).extracting(MemoFile::size)
        .containsExactlyElementsOf(listed.attachments().stream().map(a -> (int) a.size()).toList());
    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdfBytes).isEqualTo(memo.messageBody().citizenFiles().get(0).content());
    assertThat(new String(pdfBytes, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4").endsWith("%%EOF\n");
  }

  @Test
  void markingReadIsKeptAndIdempotent() throws IOException {
    String cpr = archetype(Archetype.PENSIONER_COUPLE);
    MailboxPage unread = page(cpr, "unread=true&size=1");
    assertThat(unread.items()).as("someone with unread post").isNotEmpty();
    UUID uuid = unread.items().get(0).messageUUID();
    long unreadBefore = mailbox(cpr).unreadCount();

    ReadState first = MAPPER.readValue(put("digitalpost/v1/messages/" + uuid + "/read").body().bytes(), ReadState.class);
    ReadState again = MAPPER.readValue(put("digitalpost/v1/messages/" + uuid + "/read").body().bytes(), ReadState.class);

    assertThat(first.read()).isTrue();
    assertThat(first.readAt()).isNotNull();
    assertThat(again).isEqualTo(first);
    assertThat(mailbox(cpr).unreadCount()).isEqualTo(unreadBefore - 1);
    assertThat(page(cpr, "unread=true&size=100").items()).extracting(MailboxMessage::messageUUID).doesNotContain(uuid);
  }

  @Test
  void mailboxesTellRegistrationExemptionAndReadAccess() throws IOException {
    Mailbox exempt = mailbox(archetype(Archetype.EXEMPT_DIGITAL_POST));
    Mailbox ward = mailbox(archetype(Archetype.UNDER_GUARDIANSHIP));
    Mailbox child = mailbox(archetype(Archetype.SHARED_CUSTODY));
    Mailbox active = mailbox(archetype(Archetype.HEAVY_HISTORY));

    assertThat(exempt.status()).isEqualTo(Mailbox.MailboxStatus.EXEMPT);
    assertThat(exempt.exemption()).isNotNull();
    assertThat(exempt.exemption().reason()).isNotBlank();
    assertThat(exempt.receivesDigitalPost()).isFalse();
    assertThat(ward.readAccess()).anySatisfy(g -> assertThat(g.basis()).isEqualTo(Mailbox.AccessBasis.GUARDIAN));
    assertThat(child.status()).isEqualTo(Mailbox.MailboxStatus.NOT_REGISTERED);
    assertThat(child.readAccess()).hasSize(2)
        .allSatisfy(g -> assertThat(g.basis()).isEqualTo(Mailbox.AccessBasis.PARENTAL_CUSTODY));
    assertThat(active.status()).isEqualTo(Mailbox.MailboxStatus.ACTIVE);
    assertThat(active.messageCount()).isEqualTo(10_000);
  }

  @Test
  void deceasedAndEmigratedCitizensKeepTheirOldPost() throws IOException {
    List<String> deceased = archetypes(Archetype.DECEASED);
    List<String> emigrated = archetypes(Archetype.EMIGRATED);

    List<Mailbox> closed = new ArrayList<>();
    for (String cpr : deceased) {
      closed.add(mailbox(cpr));
    }
    String emigrant = emigrated.get(0);
    LocalDate left = server.population().find(emigrant).orElseThrow().adresse().udrejseoplysninger().udrejsedato();
    MailboxPage emigrantPost = page(emigrant, "size=1");

    assertThat(closed).allSatisfy(m -> assertThat(m.status()).isEqualTo(Mailbox.MailboxStatus.CLOSED));
    assertThat(closed).anySatisfy(m -> assertThat(m.messageCount()).isPositive());
    assertThat(emigrantPost.totalCount()).isPositive();
    assertThat(emigrantPost.items().get(0).receivedAt().toLocalDate()).isBeforeOrEqualTo(left);
  }

  @Test
  void aSentMessageAppearsInTheMailboxAndARetryWithTheSameKeySendsNothingNew() throws IOException {
    String cpr = archetype(Archetype.PENSIONER_WORKING_SPOUSE);
    long before = page(cpr, "size=1").totalCount();
    MemoMessage letter = letter(cpr);
    byte[] xml = MemoXml.write(letter);
    String key = UUID.randomUUID().toString();

    Response accepted = send(xml, key, supervisor);
    SendReceipt receipt = MAPPER.readValue(accepted.body().bytes(), SendReceipt.class);
    Response retried = send(xml, key, supervisor);
    MailboxPage after = page(cpr, "size=1");

    assertThat(accepted.code()).isEqualTo(202);
    assertThat(receipt.messageUUID()).isEqualTo(letter.messageHeader().messageUUID());
    assertThat(retried.code()).isEqualTo(202);
    assertThat(MAPPER.readValue(retried.body().bytes(), SendReceipt.class)).isEqualTo(receipt);
    assertThat(after.totalCount()).isEqualTo(before + 1);
    MailboxMessage newest = after.items().get(0);
    assertThat(newest.messageUUID()).isEqualTo(receipt.messageUUID());
    assertThat(newest.read()).isFalse();
    assertThat(newest.label()).isEqualTo("Afgørelse om boligstøtte");
    assertThat(newest.attachments()).singleElement().satisfies(a -> assertThat(a.filename()).isEqualTo("afgoerelse.pdf"));
    assertThat(memo(get("digitalpost/v1/messages/" + receipt.messageUUID(), caseworker))).isEqualTo(letter);
    assertThat(get("digitalpost/v1/messages/" + receipt.messageUUID() + "/attachments/1", caseworker).body().bytes())
        .isEqualTo(letter.messageBody().citizenFiles().get(0).content());
  }

  @Test
  void sendingIsRefusedWithReasons() throws IOException {
    requestsBreakContract = true; // no Idempotency-Key
    String active = archetype(Archetype.PENSIONER_WORKING_SPOUSE);
    String exempt = archetype(Archetype.EXEMPT_DIGITAL_POST);
    String deceased = archetypes(Archetype.DECEASED).get(0);
    String key = UUID.randomUUID().toString();
    send(MemoXml.write(letter(active)), key, supervisor);

    Response noKey = send(MemoXml.write(letter(active)), null, supervisor);
    Response reusedKey = send(MemoXml.write(letter(active)), key, supervisor);
    Response caseworkerSends = send(MemoXml.write(letter(active)), UUID.randomUUID().toString(), caseworker);
    Response toExempt = send(MemoXml.write(letter(exempt)), UUID.randomUUID().toString(), supervisor);
    Response toDeceased = send(MemoXml.write(letter(deceased)), UUID.randomUUID().toString(), supervisor);
    Response malformed = send(("<memo:Message xmlns:memo=\"https://DigitalPost.dk/MeMo-1\" memoVersion=\"1.2\">"
        + "<memo:MessageHeader><memo:label>" + active + "</memo:label>").getBytes(StandardCharsets.UTF_8),
        UUID.randomUUID().toString(), supervisor);
    Response unknown = send(MemoXml.write(letter("0101000000")), UUID.randomUUID().toString(), supervisor);

    assertThat(noKey.code()).isEqualTo(400);
    assertThat(problem(noKey).path("detail").asText()).contains("Idempotency-Key");
    assertThat(reusedKey.code()).isEqualTo(409);
    assertThat(caseworkerSends.code()).isEqualTo(403);
    assertThat(problem(caseworkerSends).path("detail").asText()).contains("DIGITAL_POST_SEND");
    assertThat(toExempt.code()).isEqualTo(409);
    assertThat(problem(toExempt).path("detail").asText()).contains("exempt", "paper");
    assertThat(toDeceased.code()).isEqualTo(409);
    assertThat(problem(toDeceased).path("detail").asText()).contains("deceased", "paper");
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(problem(malformed).toString()).doesNotContain(active);
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(problem(unknown).toString()).doesNotContain("0101000000");
  }

  @Test
  void unknownMalformedAndUnauthenticatedRequestsAreProblemsWithoutTheCpr() throws IOException {
    requestsBreakContract = true; // malformed CPR number, UUID and page size
    String cpr = archetype(Archetype.HEAVY_HISTORY);
    UUID message = page(cpr, "size=1").items().get(0).messageUUID();

    Response unknownPerson = get("digitalpost/v1/mailboxes/0101000000", caseworker);
    Response badCpr = get("digitalpost/v1/mailboxes/12345/messages", caseworker);
    Response unknownMessage = get("digitalpost/v1/messages/" + UUID.randomUUID(), caseworker);
    Response badUuid = get("digitalpost/v1/messages/not-a-uuid", caseworker);
    Response noAttachment = get("digitalpost/v1/messages/" + message + "/attachments/99", caseworker);
    Response badPage = get("digitalpost/v1/mailboxes/" + cpr + "/messages?size=1000", caseworker);
    Response badUnread = get("digitalpost/v1/mailboxes/" + cpr + "/messages?unread=maybe", caseworker);
    Response noToken = get("digitalpost/v1/mailboxes/" + cpr, null);

    assertThat(unknownPerson.code()).isEqualTo(404);
    assertThat(badCpr.code()).isEqualTo(400);
    assertThat(unknownMessage.code()).isEqualTo(404);
    assertThat(badUuid.code()).isEqualTo(400);
    assertThat(noAttachment.code()).isEqualTo(404);
    assertThat(badPage.code()).isEqualTo(400);
    assertThat(badUnread.code()).isEqualTo(400);
    assertThat(noToken.code()).isEqualTo(401);
    assertThat(problem(get("digitalpost/v1/mailboxes/" + cpr + "/messages?size=0", caseworker)).toString())
        .doesNotContain(cpr);
  }

  // ------------------------------------------------------------------ helpers

  private static MemoMessage letter(String cpr) {
    MessageHeader header = new MessageHeader(MessageHeader.DIGITALPOST, UUID.randomUUID(), "WB-1", null,
        "Afgørelse om boligstøtte", "Du har fået post fra Udbetaling Danmark.", null, false, null, null, false, true,
        MessageHeader.MYNDIGHEDSPOST, Sender.of("19435075", "CVR", "Udbetaling Danmark"),
        Recipient.of(cpr, Recipient.CPR, null), null, null, List.of());
    MessageBody body = new MessageBody(OffsetDateTime.parse("2026-02-01T09:30:00+01:00"),
        new MessageBody.MainDocument("1", "Afgørelse", List.of(new MemoFile(MemoFile.PDF, "afgoerelse.pdf", "da",
            MiniPdf.page("Afgørelse om boligstøtte", List.of("Testbrev")))), List.of()), List.of(), List.of());
    return MemoMessage.of(header, body);
  }

  private static Comparator<MailboxMessage> newestFirst() {
    return Comparator.comparing((MailboxMessage m) -> m.receivedAt().toInstant()).reversed();
  }

  private static String archetype(Archetype archetype) {
    return archetypes(archetype).get(0);
  }

  private static List<String> archetypes(Archetype archetype) {
    return server.population().archetypes().stream().filter(a -> a.archetype().equals(archetype.id()))
        .map(ArchetypeEntry::cpr).toList();
  }

  private MailboxPage page(String cpr, String query) throws IOException {
    Response response = get("digitalpost/v1/mailboxes/" + cpr + "/messages?" + query, caseworker);
    assertThat(response.code()).isEqualTo(200);
    return MAPPER.readValue(response.body().bytes(), MailboxPage.class);
  }

  private Mailbox mailbox(String cpr) throws IOException {
    Response response = get("digitalpost/v1/mailboxes/" + cpr, caseworker);
    assertThat(response.code()).isEqualTo(200);
    return MAPPER.readValue(response.body().bytes(), Mailbox.class);
  }

  private static MemoMessage memo(Response response) throws IOException {
    assertThat(response.code()).isEqualTo(200);
    try {
      return MemoXml.read(response.body().bytes());
    } catch (dk.workbench.contracts.digitalpost.memo.MemoParseException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode problem(Response response) throws IOException {
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    return MAPPER.readTree(response.body().bytes());
  }

  private Response get(String path, String token) throws IOException {
    Request.Builder request = new Request.Builder().url(server.baseUrl() + path);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return execute(request.build());
  }

  private Response put(String path) throws IOException {
    return execute(new Request.Builder().url(server.baseUrl() + path).header("Authorization", "Bearer " + caseworker)
        .put(RequestBody.create(new byte[0])).build());
  }

  private Response send(byte[] xml, String key, String token) throws IOException {
    Request.Builder request = new Request.Builder().url(server.baseUrl() + "digitalpost/v1/messages")
        .header("Authorization", "Bearer " + token).post(RequestBody.create(xml, XML));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return execute(request.build());
  }

  /** The whole answer read, so the response can be used after the connection is released. */
  private Response execute(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      byte[] body = response.body().bytes();
      return response.newBuilder().body(okhttp3.ResponseBody.create(body, response.body().contentType())).build();
    }
  }

  private static String token(String role) throws IOException {
    Request request = new Request.Builder().url(server.baseUrl() + "sandbox/v1/token")
        .post(RequestBody.create("{\"role\":\"" + role + "\"}", JSON)).build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      return MAPPER.readTree(response.body().bytes()).path("accessToken").asText();
    }
  }
}
