package dk.workbench.sandbox.digitalpost;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Populations;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated post: deterministic, realistic in volume, and cheap to page. */
class MailboxesTest {
  private static final Clock CLOCK = Clock.fixed(Population.REFERENCE_DATE.atStartOfDay(ZoneId.of("Europe/Copenhagen"))
      .toInstant().plusSeconds(86_400 * 40), ZoneId.of("Europe/Copenhagen"));
  private final Population population = Populations.defaultSeed();

  @Test
  void theSameSeedGivesTheSamePostByteForByte() throws Exception {
    Person heavy = person(Archetype.HEAVY_HISTORY);
    Mailboxes one = new Mailboxes(population, CLOCK);
    Mailboxes two = new Mailboxes(population, CLOCK);
    var json = ContractsJson.newMapper();

    MailboxPage a = one.list(heavy, 37, 100, null, null, null);
    MailboxPage b = two.list(heavy, 37, 100, null, null, null);
    Mailboxes.FoundGenerated found = one.findGenerated(a.items().get(0).messageUUID()).orElseThrow();

    assertThat(json.writeValueAsString(a)).isEqualTo(json.writeValueAsString(b));
    assertThat(json.writeValueAsString(one.mailbox(heavy))).isEqualTo(json.writeValueAsString(two.mailbox(heavy)));
    assertThat(MemoXml.write(Mailboxes.memo(one.draw(found.plan(), found.index()))))
        .isEqualTo(MemoXml.write(Mailboxes.memo(two.draw(found.plan(), found.index()))));
  }

  @Test
  void ordinaryRegisteredAdultsHaveAHandfulToHundredsOfMessages() {
    Mailboxes mailboxes = new Mailboxes(population, CLOCK);
    List<Integer> counts = new ArrayList<>();
    for (Person p : population.persons()) {
      if (p.persondata().tilmeldtDigitalpost() && mailboxes.status(p) == dk.workbench.contracts.digitalpost.Mailbox.MailboxStatus.ACTIVE
          && !p.personnummer().equals(person(Archetype.HEAVY_HISTORY).personnummer())) {
        counts.add(mailboxes.plan(p).count());
      }
    }
    counts.sort(null);

    assertThat(counts).hasSizeGreaterThan(5_000);
    assertThat(counts.get(counts.size() / 2)).as("median").isBetween(30, 200);
    assertThat(counts.get(counts.size() - 1)).as("most").isBetween(150, 500);
    assertThat(counts.get(counts.size() / 20)).as("5th percentile").isBetween(1, 40);
  }

  @Test
  void messageIdsLeadBackToTheirMessageAndHideTheCpr() {
    Person heavy = person(Archetype.HEAVY_HISTORY);
    MessageIds ids = new MessageIds(population.seed());

    var uuid = ids.uuid(heavy.personnummer(), 9_999);

    assertThat(ids.decode(uuid)).contains(new MessageIds.Generated(heavy.personnummer(), 9_999));
    assertThat(uuid.toString().replace("-", "")).doesNotContain(heavy.personnummer());
    assertThat(new MessageIds(population.seed() + 1).decode(uuid)).isEmpty();
    assertThat(ids.decode(java.util.UUID.randomUUID())).isEmpty();
  }

  @Test
  void thePdfHasACorrectCrossReferenceTable() {
    byte[] pdf = MiniPdf.page("Afgørelse om boligstøtte (ny)", List.of("Kære Søren Ærø", "Beløb: 1.234,50 kr."));
    String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);

    int xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.indexOf("\n%%EOF")).strip());
    assertThat(text.substring(xref)).startsWith("xref\n0 8\n");
    String[] entries = text.substring(xref).split("\n");
    for (int object = 1; object <= 7; object++) {
      int offset = Integer.parseInt(entries[2 + object].substring(0, 10));
      assertThat(text.substring(offset)).startsWith(object + " 0 obj\n");
    }
    assertThat(text).contains("(Afgørelse om boligstøtte \\(ny\\)) Tj", "/Encoding /WinAnsiEncoding");
  }

  private Person person(Archetype archetype) {
    String cpr = population.archetypes().stream().filter(a -> a.archetype().equals(archetype.id())).findFirst()
        .orElseThrow().cpr();
    return population.find(cpr).orElseThrow();
  }
}
