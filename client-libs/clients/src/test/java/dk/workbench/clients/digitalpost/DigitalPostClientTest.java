package dk.workbench.clients.digitalpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.contracts.cpr.CprNumber;
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
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.RetryPolicy;
import dk.workbench.http.ServerErrorException;
import dk.workbench.http.UnauthorizedException;
import dk.workbench.http.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DigitalPostClientTest {
  private static final UUID MESSAGE = UUID.fromString("fcdcf318-59b6-427c-9879-4f0af833d593");
  private static final String PAGE_JSON = """
      {"items":[{"messageUUID":"fcdcf318-59b6-427c-9879-4f0af833d593",
        "sender":{"name":"Udbetaling Danmark","id":"19435075","idType":"CVR"},
        "label":"Afgørelse om boligstøtte","receivedAt":"2025-12-28T20:15:23+01:00","postType":"MYNDIGHEDSPOST",
        "replyByDate":"2026-01-11","legalNotification":true,"read":false,"nytFelt":1,
        "attachments":[{"id":"1","filename":"Afgoerelse.pdf","mediaType":"application/pdf","size":1252}]}],
       "page":2,"size":1,"totalCount":363,"totalPages":363}
      """;
  private static final String PROBLEM_409 = """
      {"type":"https://workbench.dk/problems/conflict","title":"Conflict","status":409,
       "detail":"The recipient is exempt from Digital Post (fritaget); the letter must be sent by paper."}
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private DigitalPostClient client;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("070761-4285", LocalDate.of(2026, 1, 1));
    client = clientWith(RetryPolicy.none());
  }

  private DigitalPostClient clientWith(RetryPolicy retry) {
    HttpSettings fast = new HttpSettings(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(3), "test")
        .withRetry(retry);
    return new DigitalPostClient(ApiEndpoint.of(server.url("/").uri(), HttpClients.newClient(fast)));
  }

  @Test
  void listMailboxSendsTheFiltersAndMapsThePage() throws Exception {
    server.enqueue(json(200, PAGE_JSON));

    MailboxPage page = client.listMailbox(cpr, 2,
        MailboxQuery.defaults().withSize(1).onlyUnread().between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/digitalpost/v1/mailboxes/0707614285/messages");
    assertThat(request.getUrl().query()).isEqualTo("page=2&size=1&unread=true&from=2025-01-01&to=2025-12-31");
    assertThat(page.totalCount()).isEqualTo(363);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.items()).singleElement().satisfies(m -> {
      assertThat(m.messageUUID()).isEqualTo(MESSAGE);
      assertThat(m.sender().name()).isEqualTo("Udbetaling Danmark");
      assertThat(m.replyByDate()).isEqualTo(LocalDate.of(2026, 1, 11));
      assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.size()).isEqualTo(1252));
    });
  }

  @Test
  void messageIsReadAsMemo() throws Exception {
    MemoMessage letter = letter();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/xml")
        .body(new Buffer().write(MemoXml.write(letter))).build());

    MemoMessage message = client.message(MESSAGE);

    assertThat(message).isEqualTo(letter);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/digitalpost/v1/messages/" + MESSAGE);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/xml");
  }

  @Test
  void malformedMemoIsAMalformedResponseThatQuotesNothing() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/xml")
        .body("<memo:Message xmlns:memo=\"https://DigitalPost.dk/MeMo-1\" memoVersion=\"1.2\"><memo:MessageHeader>"
            + "<memo:messageUUID>0707614285</memo:messageUUID>").build());

    assertThatThrownBy(() -> client.message(MESSAGE))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.correlationId()).isNotBlank();
          assertThat(e).hasStackTraceContaining("MemoParseException");
          assertThat(e.getMessage() + e.getCause().getMessage()).doesNotContain("0707614285");
        });
  }

  @Test
  void attachmentIsTheBytesAsSent() throws Exception {
    byte[] pdf = "%PDF-1.4 æøå".getBytes(StandardCharsets.ISO_8859_1);
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/pdf")
        .body(new Buffer().write(pdf)).build());

    assertThat(client.attachment(MESSAGE, "2")).isEqualTo(pdf);
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/digitalpost/v1/messages/" + MESSAGE + "/attachments/2");
  }

  @Test
  void markReadIsAPut() throws Exception {
    server.enqueue(json(200, "{\"messageUUID\":\"" + MESSAGE + "\",\"read\":true,\"readAt\":\"2026-02-01T10:00:00+01:00\"}"));

    ReadState state = client.markRead(MESSAGE);

    assertThat(state.read()).isTrue();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/digitalpost/v1/messages/" + MESSAGE + "/read");
  }

  @Test
  void sendPostsTheMemoXmlWithTheIdempotencyKey() throws Exception {
    MemoMessage letter = letter();
    server.enqueue(json(202, "{\"messageUUID\":\"" + MESSAGE + "\",\"acceptedAt\":\"2026-02-01T10:00:00+01:00\"}"));

    SendReceipt receipt = client.send(letter, "brev-42");

    RecordedRequest request = server.takeRequest();
    assertThat(receipt.messageUUID()).isEqualTo(MESSAGE);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/digitalpost/v1/messages");
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("brev-42");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/xml");
    assertThat(MemoXml.read(request.getBody().toByteArray())).isEqualTo(letter);
  }

  @Test
  void aSendWithoutAKeyGetsAFreshOneAndAnUnavailableBackEndIsRetriedWithTheSameKey() throws Exception {
    DigitalPostClient retrying = clientWith(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(json(202, "{\"messageUUID\":\"" + MESSAGE + "\",\"acceptedAt\":\"2026-02-01T10:00:00+01:00\"}"));

    retrying.send(letter());

    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(first).isNotBlank().isEqualTo(second);
    assertThat(UUID.fromString(first)).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void paperOnlyRecipientIsAConflictWithTheReason() {
    server.enqueue(problem(409, PROBLEM_409));

    assertThatThrownBy(() -> client.send(letter(), "k"))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.detail()).contains("paper"));
        });
  }

  @Test
  void errorStatusesAreTypedOnJsonAndByteCallsAlike() {
    server.enqueue(problem(400, "{\"title\":\"Bad request\",\"status\":400}"));
    server.enqueue(problem(401, "{\"title\":\"Unauthorized\",\"status\":401}"));
    server.enqueue(problem(403, "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"DIGITAL_POST_READ\"}"));
    server.enqueue(problem(404, "{\"title\":\"Not found\",\"status\":404}"));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    server.enqueue(problem(404, "{\"title\":\"Not found\",\"status\":404}"));

    assertThatThrownBy(() -> client.mailbox(cpr)).isInstanceOf(ClientErrorException.class);
    assertThatThrownBy(() -> client.message(MESSAGE)).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> client.attachment(MESSAGE, "1"))
        .isInstanceOfSatisfying(ForbiddenException.class,
            e -> assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.detail()).isEqualTo("DIGITAL_POST_READ")));
    assertThatThrownBy(() -> client.message(MESSAGE))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.problem()).isPresent());
    assertThatThrownBy(() -> client.attachment(MESSAGE, "1"))
        .isInstanceOfSatisfying(UnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    assertThatThrownBy(() -> client.message(MESSAGE))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.problem()).isEmpty());
    assertThatThrownBy(() -> client.listMailbox(cpr, 0, MailboxQuery.defaults()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("0707614285");
          assertThat(e.redactedUrl()).contains("******-****");
        });
  }

  @Test
  void malformedJsonIsAMalformedResponse() {
    server.enqueue(json(200, "{\"items\": [ {\"messageUUID\": 12"));
    assertThatThrownBy(() -> client.listMailbox(cpr, 0, MailboxQuery.defaults()))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void slowMessageBodyTimesOut() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/xml")
        .body(new Buffer().write(MemoXml.write(letter()))).throttleBody(64, 1, TimeUnit.SECONDS).build());

    assertThatThrownBy(() -> client.message(MESSAGE)).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void invalidArgumentsAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> client.send(letter(), "has space")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.listMailbox(cpr, -1, MailboxQuery.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MailboxQuery.defaults().withSize(101)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  private static MemoMessage letter() {
    MessageHeader header = MessageHeader.minimal(MessageHeader.DIGITALPOST, MESSAGE, "Afgørelse om boligstøtte",
        Sender.of("19435075", "CVR", "Udbetaling Danmark"), Recipient.of("0707614285", Recipient.CPR, null));
    MessageBody body = new MessageBody(OffsetDateTime.parse("2026-02-01T09:30:00+01:00"),
        new MessageBody.MainDocument("1", "Afgørelse", List.of(new MemoFile(MemoFile.PDF, "afgoerelse.pdf", "da",
            "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))), List.of()), List.of(), List.of());
    return MemoMessage.of(header, body);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  private static MockResponse problem(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/problem+json").body(body).build();
  }
}
