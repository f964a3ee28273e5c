package dk.workbench.sandbox.digitalpost;

import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.Mailbox.AccessBasis;
import dk.workbench.contracts.digitalpost.Mailbox.Exemption;
import dk.workbench.contracts.digitalpost.Mailbox.MailboxStatus;
import dk.workbench.contracts.digitalpost.Mailbox.ReadAccess;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.digitalpost.MailboxMessage.AttachmentInfo;
import dk.workbench.contracts.digitalpost.MailboxMessage.MessageSender;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.digitalpost.memo.ContentData;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MessageBody;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
import dk.workbench.contracts.digitalpost.memo.Recipient;
import dk.workbench.contracts.digitalpost.memo.Sender;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.digitalpost.PostCatalogue.Authority;
import dk.workbench.sandbox.digitalpost.PostCatalogue.Municipality;
import dk.workbench.sandbox.digitalpost.PostCatalogue.Stage;
import dk.workbench.sandbox.digitalpost.PostCatalogue.Topic;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every citizen's Digital Post, drawn lazily from the seed and the CPR number: how many
 * messages, over which years, and each message's sender, title, dates and PDFs only when a
 * page or the message itself is asked for. Nothing per message is held except what changes at
 * run time: read marks and sent messages (both per sandbox instance).
 *
 * <p>Message {@code i} of a citizen (0 = the oldest) falls in the {@code i}-th of {@code count}
 * equal slots between the first and the last day of their post, so the index order is the time
 * order, a date filter is a binary search, and the heavy-history citizen's 10,000 messages are
 * paged without ever existing together.
 */
final class Mailboxes {
  static final int HEAVY_COUNT = 10_000;

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  /** Digital Post became mandatory for citizens on 1 November 2014. */
  private static final LocalDate MANDATORY_FROM = LocalDate.of(2014, 11, 1);
  private static final LocalDate HEAVY_FROM = LocalDate.of(2010, 1, 1);
  private static final long DAY = 86_400;
  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final List<String> EXEMPTION_REASONS = List.of(
      "Kognitiv funktionsnedsættelse", "Fysisk funktionsnedsættelse", "Manglende adgang til computer",
      "Manglende mulighed for at få MitID", "Sproglige barrierer", "Særlige forhold");

  private final Population population;
  private final Clock clock;
  private final long seed;
  private final Set<String> heavy;
  private final MessageIds ids;
  private final SentPost sent = new SentPost();
  /** Generated messages marked read at run time: CPR → index → when. */
  private final Map<String, Map<Integer, OffsetDateTime>> generatedReads = new ConcurrentHashMap<>();
  /** Sent messages marked read. */
  private final Map<UUID, OffsetDateTime> sentReads = new ConcurrentHashMap<>();

  Mailboxes(Population population, Clock clock) {
    this.population = population;
    this.clock = clock;
    this.seed = population.seed();
    this.heavy = population.archetypes().stream()
        .filter(a -> a.archetype().equals(Archetype.HEAVY_HISTORY.id()))
        .map(ArchetypeEntry::cpr)
        .collect(Collectors.toUnmodifiableSet());
    this.ids = new MessageIds(seed);
  }

  SentPost sent() {
    return sent;
  }

  // ------------------------------------------------------------------ the plan of one mailbox

  /** A citizen's generated post: {@code count} messages between two instants. */
  record Plan(Person person, int count, long fromSecond, long toSecond, long key) {
    String cpr() {
      return person.personnummer();
    }

    /** When message {@code index} arrived: in its slot, never in a later one's. */
    long second(int index) {
      double slot = (double) (toSecond - fromSecond) / count;
      double jitter = (new SplittableRandom(key + index * 0x9E3779B97F4A7C15L).nextLong() >>> 11) * 0x1.0p-53;
      return fromSecond + (long) ((index + 0.9 * jitter) * slot);
    }

    /** Whether the citizen had opened it before the sandbox started: old post mostly, new post less. */
    boolean readAtStart(int index) {
      long ageDays = (toSecond - second(index)) / DAY;
      int percent = new SplittableRandom(~key + index * 0xBF58476D1CE4E5B9L).nextInt(100);
      return percent < (ageDays > 45 ? 97 : 35);
    }

    /** The first index received on or after the instant. */
    int firstAtOrAfter(long second) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (second(mid) < second) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  Plan plan(Person person) {
    String cpr = person.personnummer();
    long key = seed * 31 + cpr.hashCode();
    long end = startOfDay(endOfPost(person));
    if (heavy.contains(cpr)) {
      return new Plan(person, HEAVY_COUNT, startOfDay(HEAVY_FROM), end, key);
    }
    SplittableRandom rng = new SplittableRandom(key);
    LocalDate born = person.persondata().foedselsdato();
    LocalDate first = later(born.plusYears(15), MANDATORY_FROM);
    if (rng.nextInt(100) < 25) { // registered late: moved to Denmark, or exempt for a while
      first = first.plusDays(rng.nextInt(6 * 365));
    }
    long from = startOfDay(first);
    boolean hadPost = everHadDigitalPost(person, rng);
    if (!hadPost || end - from < 30 * DAY) {
      return new Plan(person, 0, from, Math.max(from, end), key);
    }
    double years = (end - from) / (365.25 * DAY);
    boolean pensioner = ageOn(born, endOfPost(person)) >= Population.PENSION_AGE;
    int perYear = pensioner ? 10 + rng.nextInt(21) : 2 + rng.nextInt(22);
    int count = Math.max(1, (int) Math.round(years * perYear));
    return new Plan(person, count, from, end, key);
  }

  /** The registered received post; the deceased and the emigrated did before they left (most of them). */
  private static boolean everHadDigitalPost(Person person, SplittableRandom rng) {
    Persondata data = person.persondata();
    String status = data.status() == null ? Persondata.Status.AKTIV : data.status().status();
    if (Persondata.Status.DOED.equals(status) || Persondata.Status.UDREJST.equals(status)) {
      return rng.nextInt(100) < 90;
    }
    return data.tilmeldtDigitalpost();
  }

  /** The last day post arrived: the day of death or emigration, else the population's reference date. */
  private static LocalDate endOfPost(Person person) {
    Persondata data = person.persondata();
    if (data.status() != null && data.status().statusdato() != null
        && (Persondata.Status.DOED.equals(data.status().status())
            || Persondata.Status.UDREJST.equals(data.status().status()))) {
      return earlier(data.status().statusdato(), Population.REFERENCE_DATE);
    }
    if (person.adresse() != null && person.adresse().udrejseoplysninger() != null) {
      return earlier(person.adresse().udrejseoplysninger().udrejsedato(), Population.REFERENCE_DATE);
    }
    return Population.REFERENCE_DATE;
  }

  // ------------------------------------------------------------------ the mailbox

  MailboxStatus status(Person person) {
    Persondata data = person.persondata();
    if (data.status() != null && Persondata.Status.DOED.equals(data.status().status())) {
      return MailboxStatus.CLOSED;
    }
    if (ageOn(data.foedselsdato(), LocalDate.now(clock)) < 15) {
      return MailboxStatus.NOT_REGISTERED;
    }
    return data.tilmeldtDigitalpost() ? MailboxStatus.ACTIVE : MailboxStatus.EXEMPT;
  }

  Mailbox mailbox(Person person) {
    Plan plan = plan(person);
    MailboxStatus status = status(person);
    SplittableRandom rng = new SplittableRandom(plan.key() ^ 0x5DEECE66DL);
    Exemption exemption = null;
    if (status == MailboxStatus.EXEMPT) {
      LocalDate earliest = later(person.persondata().foedselsdato().plusYears(18), MANDATORY_FROM);
      long span = Math.max(1, ChronoUnit.DAYS.between(earliest, Population.REFERENCE_DATE.minusDays(30)));
      exemption = new Exemption(earliest.plusDays(rng.nextLong(span)),
          EXEMPTION_REASONS.get(rng.nextInt(EXEMPTION_REASONS.size())));
    }
    long unread = 0;
    Map<Integer, OffsetDateTime> marks = generatedReads.getOrDefault(plan.cpr(), Map.of());
    for (int i = 0; i < plan.count(); i++) {
      if (!isRead(plan, i, marks)) {
        unread++;
      }
    }
    List<SentPost.Sent> mine = sent.forCpr(plan.cpr());
    for (SentPost.Sent s : mine) {
      if (!sentReads.containsKey(s.uuid())) {
        unread++;
      }
    }
    return new Mailbox(plan.cpr(), status, exemption, person.persondata().tilmeldtNemsms(), readAccess(person, rng),
        plan.count() + (long) mine.size(), unread);
  }

  /** Guardians, custody holders of a minor, and now and then a relative the citizen gave read access. */
  private List<ReadAccess> readAccess(Person person, SplittableRandom rng) {
    List<ReadAccess> grants = new ArrayList<>();
    Persondata data = person.persondata();
    Relationer relations = person.relationer();
    if (data.umyndiggoerelse() != null) {
      String guardian = data.umyndiggoerelse().vaergenavn();
      String guardianCpr = relations == null ? null : relations.barn().stream()
          .map(r -> population.find(r.personnummer()).orElse(null))
          .filter(p -> p != null && p.persondata().navn().fuldtNavn().equals(guardian))
          .map(Person::personnummer).findFirst().orElse(null);
      grants.add(new ReadAccess(guardianCpr, guardian, AccessBasis.GUARDIAN, data.umyndiggoerelse().startdato(), null));
    }
    LocalDate born = data.foedselsdato();
    if (relations != null && ageOn(born, LocalDate.now(clock)) < 18) {
      for (Relationer.Foraeldremyndighed holder : relations.foraeldremyndighed()) {
        population.find(holder.personnummer()).ifPresent(p -> grants.add(new ReadAccess(p.personnummer(),
            p.persondata().navn().fuldtNavn(), AccessBasis.PARENTAL_CUSTODY,
            holder.startdato() != null ? holder.startdato() : born, born.plusYears(18))));
      }
    }
    boolean alive = status(person) != MailboxStatus.CLOSED;
    int chance = ageOn(born, Population.REFERENCE_DATE) >= Population.PENSION_AGE ? 25 : 4;
    if (alive && relations != null && grants.isEmpty() && rng.nextInt(100) < chance) {
      List<Relationer.PersonRelation> candidates = new ArrayList<>(relations.barn());
      if (relations.aegtefaelle() != null) {
        candidates.add(relations.aegtefaelle());
      }
      candidates.stream()
          .map(r -> population.find(r.personnummer()).orElse(null))
          .filter(p -> p != null && status(p) == MailboxStatus.ACTIVE)
          .findFirst()
          .ifPresent(p -> grants.add(new ReadAccess(p.personnummer(), p.persondata().navn().fuldtNavn(),
              AccessBasis.GRANTED, Population.REFERENCE_DATE.minusDays(30 + rng.nextInt(5 * 365)), null)));
    }
    return grants;
  }

  // ------------------------------------------------------------------ listing

  MailboxPage list(Person person, int page, int size, Boolean unread, LocalDate from, LocalDate to) {
    Plan plan = plan(person);
    long fromSecond = from == null ? Long.MIN_VALUE : startOfDay(from);
    long toSecond = to == null ? Long.MAX_VALUE : startOfDay(to.plusDays(1));
    int lo = from == null ? 0 : plan.firstAtOrAfter(fromSecond);
    int hi = to == null ? plan.count() : plan.firstAtOrAfter(toSecond);
    Map<Integer, OffsetDateTime> marks = generatedReads.getOrDefault(plan.cpr(), Map.of());

    List<SentPost.Sent> sentMatching = new ArrayList<>();
    for (SentPost.Sent s : sent.forCpr(plan.cpr())) {
      long second = s.receivedAt().toEpochSecond();
      if (second >= fromSecond && second < toSecond && (unread == null || sentReads.containsKey(s.uuid()) != unread)) {
        sentMatching.add(s);
      }
    }
    Collections.reverse(sentMatching); // the stable sort then puts the later of two sent in the same second first
    sentMatching.sort(Comparator.comparing((SentPost.Sent s) -> s.receivedAt().toInstant()).reversed());

    long generatedMatching = 0;
    if (unread == null) {
      generatedMatching = Math.max(0, hi - lo);
    } else {
      for (int i = lo; i < hi; i++) {
        if (isRead(plan, i, marks) != unread) {
          generatedMatching++;
        }
      }
    }
    long total = generatedMatching + sentMatching.size();

    long offset = (long) page * size;
    List<MailboxMessage> items = new ArrayList<>(size);
    int g = next(plan, hi - 1, lo, unread, marks);
    int s = 0;
    for (long position = 0; items.size() < size && (g >= lo || s < sentMatching.size()); position++) {
      boolean takeSent = s < sentMatching.size()
          && (g < lo || sentMatching.get(s).receivedAt().toEpochSecond() >= plan.second(g));
      if (position >= offset) {
        items.add(takeSent ? withRead(sentMatching.get(s).listing(), sentReads.containsKey(sentMatching.get(s).uuid()))
            : listing(draw(plan, g), isRead(plan, g, marks)));
      }
      if (takeSent) {
        s++;
      } else {
        g = next(plan, g - 1, lo, unread, marks);
      }
    }
    long pages = (total + size - 1) / size;
    return new MailboxPage(items, page, size, total, pages);
  }

  /** The nearest index at or below {@code from} (not below {@code lo}) that passes the read filter; below lo if none. */
  private int next(Plan plan, int from, int lo, Boolean unread, Map<Integer, OffsetDateTime> marks) {
    int i = from;
    while (i >= lo && unread != null && isRead(plan, i, marks) == unread) {
      i--;
    }
    return i;
  }

  private static boolean isRead(Plan plan, int index, Map<Integer, OffsetDateTime> marks) {
    return marks.containsKey(index) || plan.readAtStart(index);
  }

  // ------------------------------------------------------------------ one message

  /** A message found by its UUID: generated (plan and index) or sent. */
  sealed interface Found permits FoundGenerated, FoundSent {}

  record FoundGenerated(Plan plan, int index) implements Found {}

  record FoundSent(SentPost.Sent sent) implements Found {}

  Optional<Found> find(UUID uuid) {
    Optional<SentPost.Sent> sentOne = sent.find(uuid);
    if (sentOne.isPresent()) {
      return Optional.of(new FoundSent(sentOne.get()));
    }
    return findGenerated(uuid).map(f -> f);
  }

  Optional<FoundGenerated> findGenerated(UUID uuid) {
    return ids.decode(uuid).flatMap(g -> population.find(g.cpr()).map(p -> new FoundGenerated(plan(p), g.index())))
        .filter(f -> f.index() < f.plan().count());
  }

  /** Marks it read (if it was not) and answers when it was first marked; null for post read before the start. */
  OffsetDateTime markRead(Found found) {
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    if (found instanceof FoundSent s) {
      return sentReads.computeIfAbsent(s.sent().uuid(), u -> now);
    }
    FoundGenerated g = (FoundGenerated) found;
    Map<Integer, OffsetDateTime> marks = generatedReads.computeIfAbsent(g.plan().cpr(), c -> new ConcurrentHashMap<>());
    if (!marks.containsKey(g.index()) && g.plan().readAtStart(g.index())) {
      return null;
    }
    return marks.computeIfAbsent(g.index(), i -> now);
  }

  // ------------------------------------------------------------------ drawing a generated message

  /** One generated message with its files. */
  record Drawn(UUID uuid, Authority sender, Topic topic, String title, OffsetDateTime receivedAt, LocalDate replyBy,
      List<MemoFile> files, Person recipient, String caseId) {}

  Drawn draw(Plan plan, int index) {
    Person person = plan.person();
    SplittableRandom rng = new SplittableRandom(plan.key() * 0x632BE59BD9B4E019L + index);
    OffsetDateTime received = Instant.ofEpochSecond(plan.second(index)).atZone(DANISH_TIME).toOffsetDateTime();
    LocalDate day = received.toLocalDate();
    int age = ageOn(person.persondata().foedselsdato(), day);
    Stage stage = age < 30 ? Stage.YOUNG : age < Population.PENSION_AGE ? Stage.ADULT : Stage.PENSIONER;
    Topic topic = PostCatalogue.topic(stage, rng);
    Municipality municipality = municipality(person, plan.key());
    Authority sender = switch (topic.sender()) {
      case KOMMUNE -> PostCatalogue.kommune(municipality);
      case REGION -> PostCatalogue.region(municipality);
      case HOSPITAL -> PostCatalogue.hospital(municipality, rng);
      default -> PostCatalogue.NATIONAL.get(topic.sender());
    };
    String title = topic.title()
        .replace("{year}", Integer.toString(day.getYear()))
        .replace("{prevYear}", Integer.toString(day.getYear() - 1))
        .replace("{nextYear}", Integer.toString(day.getYear() + 1))
        .replace("{kommune}", municipality.name().replace("Københavns", "København"));
    LocalDate replyBy = topic.replyDays() > 0 ? day.plusDays(topic.replyDays()) : null;
    String caseId = topic.legal() ? String.format("%d-%06d", day.getYear(), rng.nextInt(1_000_000)) : null;
    String name = person.persondata().navn().fuldtNavn();

    List<String> lines = new ArrayList<>(List.of(
        sender.name(), "Dato: " + day.format(DANISH_DATE), "Til: " + name, ""));
    if (caseId != null) {
      lines.add("Sagsnummer: " + caseId);
    }
    lines.add("Denne besked er testdata fra Citizen Workbench-sandkassen.");
    lines.add("Den ligner post fra " + sender.name() + ", men er ikke sendt af dem.");
    if (replyBy != null) {
      lines.add("Svar venligst senest " + replyBy.format(DANISH_DATE) + ".");
    }
    if (topic.legal()) {
      lines.add("Du kan klage over afgørelsen inden 4 uger. Læs klagevejledningen.");
    }
    List<MemoFile> files = new ArrayList<>();
    files.add(new MemoFile(MemoFile.PDF, topic.fileName() + ".pdf", "da", MiniPdf.page(title, lines)));
    for (String enclosure : topic.enclosures()) {
      files.add(new MemoFile(MemoFile.PDF, asciiFileName(enclosure) + ".pdf", "da", MiniPdf.page(enclosure, List.of(
          sender.name(), "Bilag til: " + title, "", "Testdata fra Citizen Workbench-sandkassen."))));
    }
    return new Drawn(ids.uuid(plan.cpr(), index), sender, topic, title, received, replyBy, files, person, caseId);
  }

  /** The listing entry of a drawn message. */
  static MailboxMessage listing(Drawn d, boolean read) {
    return new MailboxMessage(d.uuid(), new MessageSender(d.sender().name(), d.sender().cvr(), "CVR"), d.title(),
        d.receivedAt(), MessageHeader.MYNDIGHEDSPOST, d.replyBy(), d.topic().legal(), read, attachments(d.files()));
  }

  static List<AttachmentInfo> attachments(List<MemoFile> files) {
    List<AttachmentInfo> infos = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      MemoFile f = files.get(i);
      infos.add(new AttachmentInfo(Integer.toString(i + 1), f.filename(), f.encodingFormat(), f.size()));
    }
    return infos;
  }

  private static MailboxMessage withRead(MailboxMessage m, boolean read) {
    return new MailboxMessage(m.messageUUID(), m.sender(), m.label(), m.receivedAt(), m.postType(), m.replyByDate(),
        m.legalNotification(), read, m.attachments());
  }

  /** The drawn message as MeMo 1.2. */
  static MemoMessage memo(Drawn d) {
    String cpr = d.recipient().personnummer();
    String name = d.recipient().persondata().navn().fuldtNavn();
    ContentData content = new ContentData(new ContentData.CprData(cpr, name), null, null, null,
        d.caseId() == null ? null : new ContentData.CaseId(d.caseId(), d.sender().name()), null, null, null, null,
        List.of());
    MessageHeader header = new MessageHeader(MessageHeader.DIGITALPOST, d.uuid(),
        d.topic().fileName().toUpperCase() + "-" + d.receivedAt().getYear(), null, d.title(),
        "Du har fået ny post fra " + d.sender().name() + ".", null, d.replyBy() != null,
        d.replyBy() == null ? null : d.replyBy().atTime(12, 0).atZone(DANISH_TIME).toOffsetDateTime(), null,
        Boolean.FALSE, d.topic().legal(), MessageHeader.MYNDIGHEDSPOST, Sender.of(d.sender().cvr(), "CVR", d.sender().name()),
        Recipient.of(cpr, Recipient.CPR, name), content, null, List.of());
    List<MessageBody.AdditionalDocument> enclosures = new ArrayList<>();
    for (int i = 1; i < d.files().size(); i++) {
      MemoFile f = d.files().get(i);
      enclosures.add(new MessageBody.AdditionalDocument(Integer.toString(i + 1),
          d.topic().enclosures().get(i - 1), List.of(f), List.of()));
    }
    MessageBody body = new MessageBody(d.receivedAt().minusMinutes(7),
        new MessageBody.MainDocument("1", d.title(), List.of(d.files().get(0)), List.of()), enclosures, List.of());
    return MemoMessage.of(header, body);
  }

  // ------------------------------------------------------------------ helpers

  private Municipality municipality(Person person, long key) {
    String code = person.adresse() != null && person.adresse().aktuelAdresse() != null
        ? person.adresse().aktuelAdresse().kommunekode() : null;
    return PostCatalogue.municipality(code, new SplittableRandom(key ^ 0x2545F4914F6CDD1DL));
  }

  static String asciiFileName(String text) {
    String ascii = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa");
    return ascii.replaceAll("[^A-Za-z0-9._-]+", "_");
  }

  private static long startOfDay(LocalDate day) {
    return day.atStartOfDay(DANISH_TIME).toEpochSecond();
  }

  static int ageOn(LocalDate born, LocalDate day) {
    return (int) ChronoUnit.YEARS.between(born, day);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
