package dk.workbench.service.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.UnavailableException;
import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.access.AccessRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverviewServiceTest {
  private static final CprNumber CPR = CprNumber.of(java.time.LocalDate.of(1950, 1, 1), 1234);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:15:00Z"), ZoneOffset.UTC);
  private static final AccessDecision ALL = new AccessGuard().decide(StaffRole.CASEWORKER, Purpose.CASEWORK);

  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final List<AccessRecorder.Access> recorded = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private record Source(Section section, String sourceName, Fetch fetch) implements SectionSource<Object> {
    @Override
    public Object fetch(CprNumber cpr) throws Exception {
      return fetch.get();
    }
  }

  @FunctionalInterface
  private interface Fetch {
    Object get() throws Exception;
  }

  @Test
  void aSlowSectionDoesNotHoldBackTheOthers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch fastArrived = new CountDownLatch(2);
    List<SectionResult> seen = new CopyOnWriteArrayList<>();
    var service = new OverviewService(List.of(
        new Source(Section.PERSON, "CPR", () -> "person"),
        new Source(Section.CASES, "Sagsindeks", () -> {
          release.await(10, TimeUnit.SECONDS);
          return "cases";
        }),
        new Source(Section.BENEFITS, "Udbetaling Danmark", () -> "benefits")), recorded::add, pool, CLOCK);

    var done = service.open(CPR, Purpose.CASEWORK, ALL, result -> {
      seen.add(result);
      if (result.section() != Section.CASES) {
        fastArrived.countDown();
      }
    });

    assertThat(fastArrived.await(5, TimeUnit.SECONDS)).as("fast sections arrive while cases still waits").isTrue();
    assertThat(done).isNotDone();
    assertThat(seen).extracting(SectionResult::section).containsExactlyInAnyOrder(Section.PERSON, Section.BENEFITS);
    release.countDown();
    List<SectionResult> all = done.get(5, TimeUnit.SECONDS);
    assertThat(all).extracting(SectionResult::section).containsExactly(Section.PERSON, Section.CASES, Section.BENEFITS);
    assertThat(all).allSatisfy(r -> assertThat(r).isInstanceOf(SectionResult.Loaded.class));
    SectionResult.Loaded person = (SectionResult.Loaded) all.get(0);
    assertThat(person.dataAs(String.class)).isEqualTo("person");
    assertThat(person.sourceName()).isEqualTo("CPR");
    assertThat(person.fetchedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aSectionPastItsDeadlineFailsAsTimeoutWhileTheOthersLoad() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    var service = new OverviewService(List.of(
        new Source(Section.PERSON, "CPR", () -> "person"),
        new Source(Section.PAYMENTS, "Udbetaling Danmark", () -> {
          never.await(10, TimeUnit.SECONDS);
          return "late";
        })), recorded::add, pool, CLOCK, section -> section == Section.PAYMENTS ? Duration.ofMillis(100) : Duration.ofSeconds(5));

    List<SectionResult> all = service.open(CPR, Purpose.CASEWORK, ALL, r -> {}).get(5, TimeUnit.SECONDS);
    never.countDown();

    assertThat(all.get(0)).isInstanceOf(SectionResult.Loaded.class);
    assertThat(all.get(1)).isInstanceOfSatisfying(SectionResult.Failed.class,
        f -> assertThat(f.failure()).isEqualTo(SectionResult.Failure.TIMEOUT));
  }

  @Test
  void failuresAreClassifiedAndKeepTheCorrelationId() throws Exception {
    var service = new OverviewService(List.of(
        new Source(Section.CASES, "Sagsindeks", () -> {
          throw new UnavailableException(503, "corr-1", "/cases", null, Duration.ofSeconds(2));
        }),
        new Source(Section.PERSON, "CPR", () -> {
          throw new NotFoundException("corr-2", "/cpr", null);
        }),
        new Source(Section.INTERACTIONS, "Henvendelser", () -> {
          throw new ApiConnectionException("down", "corr-3", "/i", new java.io.IOException("refused"));
        }),
        new Source(Section.DEADLINES, "Sagsindeks", () -> {
          throw new IllegalStateException("bug");
        })), recorded::add, pool, CLOCK);

    List<SectionResult> all = service.open(CPR, Purpose.CASEWORK, ALL, r -> {}).get(5, TimeUnit.SECONDS);

    assertThat(all).extracting(r -> ((SectionResult.Failed) r).failure()).containsExactly(
        SectionResult.Failure.UNAVAILABLE, SectionResult.Failure.NOT_FOUND, SectionResult.Failure.UNREACHABLE,
        SectionResult.Failure.UNEXPECTED);
    assertThat(((SectionResult.Failed) all.get(0)).correlationId()).contains("corr-1");
    assertThat(((SectionResult.Failed) all.get(3)).correlationId()).isEmpty();
  }

  @Test
  void refusedSectionsAreNeverFetched() throws Exception {
    var fetched = new CopyOnWriteArrayList<Section>();
    var service = new OverviewService(List.of(
        new Source(Section.PERSON, "CPR", () -> fetched.add(Section.PERSON)),
        new Source(Section.DIGITAL_POST, "Digital Post", () -> fetched.add(Section.DIGITAL_POST))), recorded::add, pool, CLOCK);
    AccessDecision phone = new AccessGuard().decide(StaffRole.CALL_AGENT, Purpose.TELEPHONE_ENQUIRY);

    List<SectionResult> all = service.open(CPR, Purpose.TELEPHONE_ENQUIRY, phone, r -> {}).get(5, TimeUnit.SECONDS);

    assertThat(fetched).containsExactly(Section.PERSON);
    assertThat(all.get(1)).isInstanceOfSatisfying(SectionResult.Refused.class,
        r -> assertThat(r.reason()).isEqualTo(AccessDecision.Refusal.NOT_NEEDED_FOR_PURPOSE));
  }

  @Test
  void aThrowingListenerDoesNotStopTheOverview() throws Exception {
    var service = new OverviewService(List.of(new Source(Section.PERSON, "CPR", () -> "p"),
        new Source(Section.CASES, "Sagsindeks", () -> "c")), recorded::add, pool, CLOCK);

    List<SectionResult> all = service.open(CPR, Purpose.CASEWORK, ALL, r -> {
      throw new IllegalStateException("listener bug");
    }).get(5, TimeUnit.SECONDS);

    assertThat(all).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(SectionResult.Loaded.class));
  }

  @Test
  void nothingIsShownBeforeTheAccessIsRecordedAndTheRecordNamesTheSections() throws Exception {
    CountDownLatch recording = new CountDownLatch(1);
    List<SectionResult> seen = new CopyOnWriteArrayList<>();
    CountDownLatch fetched = new CountDownLatch(1);
    var service = new OverviewService(List.of(new Source(Section.PERSON, "CPR", () -> {
      fetched.countDown();
      return "person";
    })), access -> {
      recording.await(10, TimeUnit.SECONDS);
      recorded.add(access);
    }, pool, CLOCK);
    AccessDecision phone = new AccessGuard().decide(StaffRole.CALL_AGENT, Purpose.TELEPHONE_ENQUIRY);

    var done = service.open(CPR, Purpose.TELEPHONE_ENQUIRY, phone, seen::add);

    assertThat(fetched.await(5, TimeUnit.SECONDS)).as("fetching runs while the access is recorded").isTrue();
    Thread.sleep(50);
    assertThat(seen).as("nothing shown before the record").isEmpty();
    recording.countDown();
    assertThat(done.get(5, TimeUnit.SECONDS)).hasSize(1);
    assertThat(seen).hasSize(1);
    AccessRecorder.Access record = recorded.get(0);
    assertThat(record.citizen()).isEqualTo(CPR);
    assertThat(record.purpose()).isEqualTo(Purpose.TELEPHONE_ENQUIRY);
    assertThat(record.sections()).isEqualTo(phone.allowed()).doesNotContain(Section.DIGITAL_POST);
  }

  @Test
  void whenTheAccessCannotBeRecordedNoSectionIsShown() throws Exception {
    var service = new OverviewService(List.of(new Source(Section.PERSON, "CPR", () -> "person"),
        new Source(Section.DIGITAL_POST, "Digital Post", () -> "post")), access -> {
          throw new UnavailableException(503, "c", "/accesslog", null, null);
        }, pool, CLOCK);
    AccessDecision phone = new AccessGuard().decide(StaffRole.CALL_AGENT, Purpose.TELEPHONE_ENQUIRY);

    List<SectionResult> all = service.open(CPR, Purpose.TELEPHONE_ENQUIRY, phone, r -> {}).get(5, TimeUnit.SECONDS);

    assertThat(all.get(0)).isInstanceOfSatisfying(SectionResult.Failed.class,
        f -> assertThat(f.failure()).isEqualTo(SectionResult.Failure.ACCESS_NOT_RECORDED));
    assertThat(all.get(1)).as("a refusal stays a refusal").isInstanceOf(SectionResult.Refused.class);
  }

  /** A store in memory, as the encrypted cache behaves. */
  private static final class MemoryStore implements SectionStore {
    final java.util.Map<Section, Stored> stored = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void save(CprNumber cpr, Section section, Object data, Instant fetchedAt) {
      stored.put(section, new Stored(data, fetchedAt));
    }

    @Override
    public java.util.Optional<Stored> load(CprNumber cpr, Section section) {
      return java.util.Optional.ofNullable(stored.get(section));
    }

    @Override
    public void forget(CprNumber cpr) {
      stored.clear();
    }

    @Override
    public List<Citizen> citizens(int limit) {
      return List.of();
    }
  }

  @Test
  void whenABackEndFailsTheCopyFromItsLastAnswerIsShownMarkedWithItsTime() throws Exception {
    var down = new java.util.concurrent.atomic.AtomicBoolean();
    var service = new OverviewService(List.of(
        new Source(Section.CASES, "Sagsindeks", () -> {
          if (down.get()) {
            throw new UnavailableException(503, "c", "/cases", null, null);
          }
          return "cases";
        }),
        new Source(Section.PERSON, "CPR", () -> {
          if (down.get()) {
            throw new NotFoundException("c", "/cpr", null);
          }
          return "person";
        })), recorded::add, pool, CLOCK);
    MemoryStore store = new MemoryStore();
    service.useStore(store);

    service.open(CPR, Purpose.CASEWORK, ALL, r -> {}).get(5, TimeUnit.SECONDS);
    assertThat(store.stored).containsOnlyKeys(Section.CASES, Section.PERSON);
    down.set(true);
    List<SectionResult> offline = service.open(CPR, Purpose.CASEWORK, ALL, r -> {}).get(5, TimeUnit.SECONDS);

    assertThat(offline.get(0)).isInstanceOfSatisfying(SectionResult.Cached.class, cached -> {
      assertThat(cached.data()).isEqualTo("cases");
      assertThat(cached.fetchedAt()).isEqualTo(CLOCK.instant());
      assertThat(cached.failure()).isEqualTo(SectionResult.Failure.UNAVAILABLE);
    });
    assertThat(offline.get(1)).as("an unknown citizen is not an outage: no stale copy")
        .isInstanceOf(SectionResult.Failed.class);
  }
}
