package dk.workbench.service.digitalpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.domain.Purpose;
import dk.workbench.service.SandboxBackend;
import dk.workbench.service.TestClock;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Person;
import dk.workbench.service.attorney.SessionBlockedException;
import dk.workbench.service.attorney.VerbalConsent;
import dk.workbench.service.attorney.VerbalConsentStore;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailbox against the real sandbox: the gate, folders with unread first, a MeMo message with its PDF, mark read. */
class DigitalPostServiceTest {
  @TempDir static Path cache;
  static SandboxBackend backend;
  static final TestClock CLOCK = TestClock.now();
  static ActingForService sessions;
  static DigitalPostService post;

  @BeforeAll
  static void start() {
    backend = new SandboxBackend(StaffRole.CASEWORKER, cache, CLOCK);
    sessions = new ActingForService(new FuldmagtClient(backend.endpoint), VerbalConsentStore.inMemory(),
        backend.recorder, CLOCK, "test-user");
    post = new DigitalPostService(new DigitalPostClient(backend.endpoint), sessions, StaffRole.CASEWORKER, CLOCK);
  }

  @AfterAll
  static void stop() {
    backend.close();
  }

  private static ActingForSession consentSession(Person citizen, FuldmagtPrivilege... what) throws Exception {
    Person helper = backend.person(backend.archetype("family-with-children"));
    VerbalConsent consent = sessions.recordConsent(helper, citizen, "nabo", EnumSet.of(what[0], what),
        "hjælp med posten", Duration.ofDays(7), Purpose.PERSONAL_ATTENDANCE);
    return sessions.startWithConsent(helper, citizen, consent, Purpose.PERSONAL_ATTENDANCE);
  }

  @Test
  void withoutASessionOrOutsideTheMandateTheMailboxSaysWhy() throws Exception {
    Person citizen = backend.person(backend.archetype("single-pensioner"));
    ActingForSession benefitsOnly = consentSession(citizen, FuldmagtPrivilege.READ_BENEFITS);

    assertThat(post.access(null).refusal()).isEqualTo(PostAccess.Refusal.NO_SESSION);
    assertThat(post.access(benefitsOnly).refusal()).isEqualTo(PostAccess.Refusal.NOT_COVERED);
    assertThat(new DigitalPostService(new DigitalPostClient(backend.endpoint), sessions, StaffRole.CALL_AGENT, CLOCK)
        .access(benefitsOnly).allowed()).isFalse();
    assertThatThrownBy(() -> post.openMailbox(benefitsOnly, Folder.INBOX, 20))
        .isInstanceOf(SessionBlockedException.class);
  }

  @Test
  void theHeavyMailboxShowsUnreadFirstAndPagesThroughTenThousandMessages() throws Exception {
    Person heavy = backend.person(backend.archetype("heavy-history"));
    ActingForSession session = sessions.startAssisted(heavy, Purpose.PERSONAL_ATTENDANCE, Duration.ofHours(1));

    long started = System.nanoTime();
    MailboxSlice first = post.openMailbox(session, Folder.INBOX, 50);
    long firstPageMs = (System.nanoTime() - started) / 1_000_000;
    System.out.println("Heavy mailbox, first page of 50 (unread first): " + firstPageMs + " ms");

    assertThat(first.total()).isEqualTo(10_000);
    assertThat(first.messages()).hasSize(50);
    long unread = first.unread();
    assertThat(unread).isPositive().isLessThan(10_000);
    int unreadShown = (int) Math.min(unread, 50);
    assertThat(first.messages().subList(0, unreadShown)).noneMatch(MailboxMessage::read);
    assertThat(first.messages().subList(unreadShown, 50)).allMatch(MailboxMessage::read);
    // across the seam between the unread and the read part
    MailboxSlice seam = post.slice(session, Folder.INBOX, unread - 3, 6);
    assertThat(seam.messages()).extracting(MailboxMessage::read).containsExactly(false, false, false, true, true, true);
    long[] warm = new long[20];
    for (int i = 0; i < warm.length; i++) {
      long t = System.nanoTime();
      post.slice(session, Folder.INBOX, 0, 50);
      warm[i] = (System.nanoTime() - t) / 1_000_000;
    }
    java.util.Arrays.sort(warm);
    System.out.println("Heavy mailbox, first page of 50 again: p50 " + warm[10] + " ms, p95 " + warm[18] + " ms");
    MailboxSlice last = post.slice(session, Folder.INBOX, 9_990, 50);
    assertThat(last.messages()).hasSize(10);
    assertThat(last.messages().get(0).receivedAt()).isAfterOrEqualTo(last.messages().get(9).receivedAt());
    // the first page to show at once: the unread ones, not counted further (the registration has the count)
    MailboxSlice shown = post.firstPage(session, Folder.INBOX, 30);
    assertThat(shown.messages()).isEqualTo(post.slice(session, Folder.INBOX, 0, 30).messages());
    assertThat(shown.total()).isEqualTo(unread >= 30 ? -1 : 10_000);
    assertThat(shown.unread()).isEqualTo(unread);
    assertThat(post.registration(heavy.cpr()).messageCount()).isEqualTo(10_000);
  }

  @Test
  void opensAMemoMessageWithItsPdfMarksItReadAndRecordsEachAction() throws Exception {
    Person citizen = backend.person(backend.archetype("heavy-history"));
    ActingForSession session = consentSession(citizen, FuldmagtPrivilege.READ_DIGITAL_POST);
    MailboxMessage newest = post.openMailbox(session, Folder.INBOX, 5).messages().get(0);

    OpenedMessage opened = post.open(session, newest.messageUUID());
    var read = post.markRead(session, newest.messageUUID());
    post.recordPrint(session, newest.messageUUID());

    assertThat(opened.title()).isEqualTo(newest.label());
    assertThat(opened.sender()).isEqualTo(newest.sender().name());
    assertThat(opened.documents()).isNotEmpty();
    OpenedMessage.Document main = opened.documents().get(0);
    assertThat(main.pdf()).isTrue();
    try (PDDocument pdf = Loader.loadPDF(main.content())) {
      assertThat(pdf.getNumberOfPages()).isPositive();
    }
    assertThat(read.read()).isTrue();
    assertThat(post.slice(session, Folder.UNREAD, 0, 100).messages())
        .noneMatch(m -> m.messageUUID().equals(newest.messageUUID()));
    List<Map<String, Object>> audit = backend.auditEntries();
    assertThat(audit.subList(audit.size() - 4, audit.size())).extracting(e -> e.get("action"))
        .containsExactly("OPEN_MAILBOX", "OPEN_MESSAGE", "MARK_READ", "PRINT_MESSAGE");
    assertThat(audit.subList(audit.size() - 4, audit.size()))
        .allSatisfy(e -> assertThat((String) e.get("onBehalfOf")).contains("mundtligt samtykke"));
  }

  @Test
  void anExemptCitizenIsShownAsExemptWithLettersByPaper() throws Exception {
    Mailbox exempt = post.registration(SandboxBackend.cpr(backend.archetype("exempt-digital-post")));

    assertThat(exempt.status()).isEqualTo(Mailbox.MailboxStatus.EXEMPT);
    assertThat(exempt.exemption()).isNotNull();
    assertThat(LetterRoute.of(exempt)).isEqualTo(LetterRoute.PAPER_EXEMPT);
  }
}
