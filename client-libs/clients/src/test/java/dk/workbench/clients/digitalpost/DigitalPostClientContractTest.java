package dk.workbench.clients.digitalpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.digitalpost.SendReceipt;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MessageBody;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
import dk.workbench.contracts.digitalpost.memo.Recipient;
import dk.workbench.contracts.digitalpost.memo.Sender;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the real sandbox over loopback, every exchange validated against the OpenAPI file. */
class DigitalPostClientContractTest {
  private static SandboxFixture fixture;
  private static DigitalPostClient caseworker;
  private static DigitalPostClient supervisor;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture("openapi/digitalpost.openapi.yaml");
    caseworker = new DigitalPostClient(fixture.endpoint(StaffRole.CASEWORKER));
    supervisor = new DigitalPostClient(fixture.endpoint(StaffRole.SUPERVISOR));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @AfterEach
  void everyExchangeConformed() {
    assertThat(fixture.contract().violations()).isEmpty();
    assertThat(fixture.contract().validatedExchanges()).isPositive();
  }

  @Test
  void readsTheHeavyCitizensMailboxMessageAndAttachment() throws Exception {
    CprNumber heavy = archetype("heavy-history");

    Mailbox mailbox = caseworker.mailbox(heavy);
    MailboxPage page = caseworker.listMailbox(heavy, 0, MailboxQuery.defaults().withSize(100));
    MailboxMessage newest = page.items().get(0);
    MemoMessage memo = caseworker.message(newest.messageUUID());
    byte[] pdf = caseworker.attachment(newest.messageUUID(), "1");

    assertThat(mailbox.messageCount()).isEqualTo(10_000);
    assertThat(page.totalCount()).isEqualTo(10_000);
    assertThat(page.items()).hasSize(100);
    assertThat(memo.messageHeader().label()).isEqualTo(newest.label());
    assertThat(pdf).isEqualTo(memo.messageBody().citizenFiles().get(0).content());
    assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
  }

  @Test
  void marksReadAndSendsWithAnIdempotencyKey() throws Exception {
    CprNumber citizen = archetype("pensioner-couple");
    MailboxMessage unread = caseworker.listMailbox(citizen, 0, MailboxQuery.defaults().onlyUnread().withSize(1))
        .items().get(0);
    MemoMessage letter = letter(citizen.value());
    String key = UUID.randomUUID().toString();

    assertThat(caseworker.markRead(unread.messageUUID()).read()).isTrue();
    SendReceipt receipt = supervisor.send(letter, key);
    SendReceipt again = supervisor.send(letter, key);

    assertThat(again).isEqualTo(receipt);
    assertThat(caseworker.message(receipt.messageUUID())).isEqualTo(letter);
    assertThat(caseworker.listMailbox(citizen, 0, MailboxQuery.defaults().between(LocalDate.now(), null)).items())
        .extracting(MailboxMessage::messageUUID).containsExactly(receipt.messageUUID());
  }

  @Test
  void refusalsAreTyped() throws Exception {
    CprNumber exempt = archetype("exempt-digital-post");

    assertThatThrownBy(() -> caseworker.send(letter(exempt.value())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> supervisor.send(letter(exempt.value())))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> caseworker.message(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> caseworker.mailbox(CprNumber.parse("0101000000"))).isInstanceOf(NotFoundException.class);
  }

  private static CprNumber archetype(String id) throws Exception {
    return CprNumber.parse(fixture.server().population().archetypes().stream()
        .filter(a -> a.archetype().equals(id)).findFirst().orElseThrow().cpr());
  }

  private static MemoMessage letter(String cpr) {
    MessageHeader header = MessageHeader.minimal(MessageHeader.DIGITALPOST, UUID.randomUUID(), "Afgørelse om folkepension",
        Sender.of("19435075", "CVR", "Udbetaling Danmark"), Recipient.of(cpr, Recipient.CPR, null));
    MessageBody body = new MessageBody(OffsetDateTime.parse("2026-02-01T09:30:00+01:00"),
        new MessageBody.MainDocument("1", "Afgørelse", List.of(new MemoFile(MemoFile.PDF, "afgoerelse.pdf", "da",
            "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))), List.of()), List.of(), List.of());
    return MemoMessage.of(header, body);
  }
}
