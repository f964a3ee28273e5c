package dk.workbench.service.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.cache.OutboxFailure;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.ServerErrorException;
import dk.workbench.http.UnavailableException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender's ordering, backoff and failure handling, with a fake delivery and a real outbox. */
class OutboxSenderTest {
  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static final CprNumber A = CprNumber.of(LocalDate.of(1990, 1, 1), 1234);
  private static final CprNumber B = CprNumber.of(LocalDate.of(1975, 6, 15), 2345);
  private static final String KIND = "test.write";
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(7));

  @TempDir Path dir;
  private CacheDatabase db;
  private Outbox outbox;
  private final MutableClock clock = new MutableClock(START);
  private final FakeDelivery fake = new FakeDelivery();
  private OutboxSender sender;

  /** Records every call; throws what the test scripted for a payload, once per scripted failure. */
  static final class FakeDelivery implements OutboxSender.Delivery {
    record Call(String payload, String key) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Map<String, Deque<Exception>> script = new HashMap<>();
    volatile CountDownLatch latch = new CountDownLatch(0);

    void fail(String payload, Exception... failures) {
      script.computeIfAbsent(payload, p -> new ArrayDeque<>()).addAll(List.of(failures));
    }

    @Override
    public void deliver(byte[] payload, String idempotencyKey) throws ApiException {
      String p = new String(payload, UTF_8);
      calls.add(new Call(p, idempotencyKey));
      Deque<Exception> failures = script.get(p);
      Exception next = failures == null ? null : failures.poll();
      if (next instanceof ApiException api) {
        throw api;
      }
      if (next instanceof RuntimeException rt) {
        throw rt;
      }
      latch.countDown();
    }

    List<String> payloads() {
      return calls.stream().map(Call::payload).toList();
    }

    List<String> keysOf(String payload) {
      return calls.stream().filter(c -> c.payload().equals(payload)).map(Call::key).toList();
    }
  }

  @BeforeEach
  void open() {
    CacheLocation location = CacheLocation.inDirectory(dir);
    db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.fixed(START, ZoneOffset.UTC));
    outbox = new Outbox(db);
    sender = new OutboxSender(outbox, Map.of(KIND, fake), clock, BACKOFF, Duration.ofMillis(200));
  }

  @AfterEach
  void close() {
    sender.close();
    db.close();
  }

  private long enqueue(CprNumber cpr, String payload) {
    return outbox.enqueue(KIND, cpr, payload.getBytes(UTF_8), Outbox.newIdempotencyKey());
  }

  private static ServerErrorException serverError(int status) {
    return new ServerErrorException(status, "corr-1", "http://backend/x", null);
  }

  private static ApiConnectionException unreachable() {
    return new ApiConnectionException("The back-end could not be reached", "corr-2", "http://backend/x", null);
  }

  @Test
  void deliversEverythingInOrderPerCitizen() {
    for (String p : List.of("A1", "B1", "A2", "B2", "A3")) {
      enqueue(p.startsWith("A") ? A : B, p);
    }

    OutboxSender.Report report = sender.deliverOnce();

    assertThat(report).isEqualTo(new OutboxSender.Report(5, 0, 0));
    assertThat(fake.payloads()).containsExactly("A1", "B1", "A2", "B2", "A3");
    assertThat(outbox.pendingCount()).isZero();
    assertThat(outbox.deliveredCount()).isEqualTo(5);
    assertThat(sender.deliverOnce().attempted()).as("nothing twice").isZero();
  }

  @Test
  void aFailedItemBacksOffAndHoldsBackOnlyItsCitizensLaterItems() {
    enqueue(A, "A1");
    enqueue(A, "A2");
    enqueue(B, "B1");
    fake.fail("A1", serverError(503));

    assertThat(sender.deliverOnce()).as("the back-end failed: the rest of the kind waits for the next pass")
        .isEqualTo(new OutboxSender.Report(0, 1, 0));
    assertThat(sender.deliverOnce()).as("B goes on, A2 waits behind A1").isEqualTo(new OutboxSender.Report(1, 0, 0));
    assertThat(fake.payloads()).containsExactly("A1", "B1");
    assertThat(outbox.pendingCount()).isEqualTo(2);
    OutboxFailure failure = outbox.failures().get(0);
    assertThat(failure.attempts()).isEqualTo(1);
    assertThat(failure.lastError()).contains("ServerErrorException").contains("503");
    assertThat(failure.nextAttemptAt()).isBetween(START.plusMillis(500), START.plusMillis(1_000));

    clock.advance(Duration.ofMillis(400));
    assertThat(sender.deliverOnce().attempted()).as("not yet due").isZero();

    clock.advance(Duration.ofMillis(600));
    assertThat(sender.deliverOnce()).isEqualTo(new OutboxSender.Report(2, 0, 0));
    assertThat(fake.payloads()).containsExactly("A1", "B1", "A1", "A2");
    assertThat(outbox.pendingCount()).isZero();
    assertThat(outbox.failures()).isEmpty();
  }

  @Test
  void theWaitGrowsExponentiallyWithJitterAndHonoursRetryAfter() {
    enqueue(A, "A1");
    fake.fail("A1", unreachable(), unreachable(), unreachable(), unreachable(), unreachable(), unreachable(), unreachable(),
        new UnavailableException(503, "corr-3", "http://backend/x", null, Duration.ofMinutes(10)));
    long[] ceilings = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000};
    for (long ceiling : ceilings) {
      Instant before = clock.instant();
      assertThat(sender.deliverOnce().retrying()).isEqualTo(1);
      Instant next = outbox.failures().get(0).nextAttemptAt();
      assertThat(Duration.between(before, next).toMillis()).isBetween(ceiling / 2, ceiling);
      clock.advance(Duration.between(before, next));
    }
    Instant before = clock.instant();
    sender.deliverOnce();
    assertThat(outbox.failures().get(0).nextAttemptAt()).isEqualTo(before.plus(Duration.ofMinutes(10)));
    assertThat(outbox.failures().get(0).attempts()).isEqualTo(8);
  }

  @Test
  void everyRetrySendsTheKeyGivenAtEnqueue() {
    enqueue(A, "A1");
    enqueue(B, "B1");
    fake.fail("A1", unreachable(), serverError(502), new ClientErrorException(429, "c", "u", null));
    String key = outbox.pending(1).get(0).idempotencyKey();

    for (int pass = 0; pass < 10 && outbox.pendingCount() > 0; pass++) {
      sender.deliverOnce();
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(outbox.pendingCount()).isZero();
    assertThat(fake.keysOf("A1")).hasSize(4).containsOnly(key);
    assertThat(fake.keysOf("B1")).singleElement().isNotEqualTo(key);
  }

  @Test
  void aRefusedItemIsGivenUpShownAndSkipped() {
    enqueue(A, "A1");
    enqueue(A, "A2");
    enqueue(A, "A3");
    fake.fail("A1", new ClientErrorException(400, "corr-4", "http://backend/x", null));
    fake.fail("A2", new NotFoundException("corr-5", "http://backend/x", null));

    assertThat(sender.deliverOnce()).isEqualTo(new OutboxSender.Report(1, 0, 2));
    assertThat(fake.payloads()).containsExactly("A1", "A2", "A3");
    assertThat(outbox.pendingCount()).isZero();
    assertThat(outbox.failures()).hasSize(2).allSatisfy(f -> {
      assertThat(f.permanent()).isTrue();
      assertThat(f.attempts()).isEqualTo(1);
    });
    assertThat(outbox.failures().get(0).lastError()).contains("400");
    assertThat(sender.deliverOnce().attempted()).as("never tried again").isZero();
  }

  @Test
  void onlyClientErrorsOtherThan408And429ArePermanent() {
    assertThat(OutboxSender.isPermanent(new ClientErrorException(400, "c", "u", null))).isTrue();
    assertThat(OutboxSender.isPermanent(new ClientErrorException(409, "c", "u", null))).isTrue();
    assertThat(OutboxSender.isPermanent(new NotFoundException("c", "u", null))).isTrue();
    assertThat(OutboxSender.isPermanent(new ClientErrorException(408, "c", "u", null))).isFalse();
    assertThat(OutboxSender.isPermanent(new ClientErrorException(429, "c", "u", null))).isFalse();
    assertThat(OutboxSender.isPermanent(serverError(500))).isFalse();
    assertThat(OutboxSender.isPermanent(unreachable())).isFalse();
  }

  @Test
  void undeliverableItemsAndUnknownKindsAreGivenUpAndABugOnlyHoldsBackItsCitizen() {
    enqueue(A, "A1");
    enqueue(B, "B1");
    enqueue(A, "A2");
    outbox.enqueue("no.such.kind", B, "B2".getBytes(UTF_8), Outbox.newIdempotencyKey());
    fake.fail("A1", new IllegalStateException("a bug"));
    fake.fail("B1", new UndeliverableException("not JSON", null));

    assertThat(sender.deliverOnce()).isEqualTo(new OutboxSender.Report(0, 1, 2));
    assertThat(fake.payloads()).containsExactly("A1", "B1");
    List<OutboxFailure> failures = outbox.failures();
    assertThat(failures).extracting(OutboxFailure::kind).containsExactly(KIND, KIND, "no.such.kind");
    assertThat(failures).extracting(OutboxFailure::permanent).containsExactly(false, true, true);
  }

  @Test
  void theBackgroundSenderDeliversWhatIsQueuedAndStops() throws Exception {
    sender.close();
    fake.latch = new CountDownLatch(3);
    OutboxSender background = new OutboxSender(outbox, Map.of(KIND, fake), Clock.systemUTC(), BACKOFF, Duration.ofSeconds(30));
    try {
      background.start();
      enqueue(A, "A1");
      enqueue(B, "B1");
      enqueue(A, "A2");
      background.wakeUp();
      assertThat(fake.latch.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      background.close();
    }
    assertThat(fake.payloads()).containsExactly("A1", "B1", "A2");
    List<Thread> senders = new ArrayList<>();
    Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("outbox-sender") && t.isAlive()).forEach(senders::add);
    assertThat(senders).isEmpty();
  }
}
