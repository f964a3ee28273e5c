package dk.workbench.service.overview;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.ApiException;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.ServerErrorException;
import dk.workbench.http.UnauthorizedException;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.access.AccessRecorder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a citizen's overview: every allowed section at once on the I/O pool, each with its own
 * deadline. Each result goes to the listener as soon as it is known, so one slow or failing
 * back-end never delays or breaks the others; the whole overview is done when the slowest
 * section is. Refused sections are reported without being fetched.
 */
public final class OverviewService {
  private static final Logger log = LoggerFactory.getLogger(OverviewService.class);

  private final List<SectionSource<?>> sources;
  private final AccessRecorder recorder;
  private final Executor executor;
  private final Clock clock;
  private final Function<Section, Duration> deadlines;
  private volatile SectionStore store = SectionStore.NONE;
  private final List<Consumer<SectionResult>> observers = new CopyOnWriteArrayList<>();

  /** With each section's own {@link Section#deadline()}. */
  public OverviewService(List<SectionSource<?>> sources, AccessRecorder recorder, Executor executor, Clock clock) {
    this(sources, recorder, executor, clock, Section::deadline);
  }

  public OverviewService(List<SectionSource<?>> sources, AccessRecorder recorder, Executor executor, Clock clock,
      Function<Section, Duration> deadlines) {
    this.sources = List.copyOf(sources);
    this.recorder = Objects.requireNonNull(recorder, "recorder == null");
    this.executor = Objects.requireNonNull(executor, "executor == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines == null");
  }

  /**
   * Opens a citizen's overview: records the access and fetches every section, all at once. No
   * result reaches the listener before the access is recorded; if it cannot be recorded, every
   * section that loaded fails as {@link SectionResult.Failure#ACCESS_NOT_RECORDED} and no data
   * is shown. The listener is called once per section, on a background thread, in the order the
   * results arrive; the returned future completes with all results when the last one is in (it
   * never completes exceptionally).
   */
  public CompletableFuture<List<SectionResult>> open(CprNumber cpr, Purpose purpose, AccessDecision access,
      Consumer<SectionResult> listener) {
    Objects.requireNonNull(cpr, "cpr == null");
    var access0 = new AccessRecorder.Access(UUID.randomUUID().toString(), cpr, purpose, access.allowed(), clock.instant());
    CompletableFuture<Boolean> recorded = CompletableFuture.supplyAsync(() -> {
      try {
        recorder.record(access0);
        PopTiming.mark("recorded");
        return true;
      } catch (Exception e) {
        log.warn("The access could not be recorded ({}); the overview shows nothing", e.getClass().getSimpleName());
        return false;
      }
    }, executor);
    return fetch(cpr, access, EnumSet.allOf(Section.class), recorded, listener);
  }

  /** Fetches some sections of an overview already opened (and recorded) again, e.g. one that failed. */
  public CompletableFuture<List<SectionResult>> refetch(CprNumber cpr, AccessDecision access, Set<Section> sections,
      Consumer<SectionResult> listener) {
    Objects.requireNonNull(cpr, "cpr == null");
    return fetch(cpr, access, sections, CompletableFuture.completedFuture(true), listener);
  }

  private CompletableFuture<List<SectionResult>> fetch(CprNumber cpr, AccessDecision access, Set<Section> sections,
      CompletableFuture<Boolean> recorded, Consumer<SectionResult> listener) {
    long started = System.nanoTime();
    List<CompletableFuture<SectionResult>> all = new ArrayList<>();
    for (SectionSource<?> source : sources) {
      Section section = source.section();
      if (!sections.contains(section)) {
        continue;
      }
      AccessDecision.Refusal refusal = access.refused().get(section);
      CompletableFuture<SectionResult> result;
      if (refusal != null || !access.allowed().contains(section)) {
        result = CompletableFuture.completedFuture(new SectionResult.Refused(section, source.sourceName(),
            refusal == null ? AccessDecision.Refusal.NOT_NEEDED_FOR_PURPOSE : refusal, elapsed(started)));
      } else {
        result = CompletableFuture.supplyAsync(() -> fetchOne(source, cpr, started), executor)
            .orTimeout(deadlines.apply(section).toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(e -> failed(source, unwrap(e), started))
            .thenApplyAsync(r -> keepOrFallBack(cpr, r), executor);
      }
      // only data is held back: a failure or refusal shows nothing about the citizen anyway
      all.add(result.thenCombine(recorded, (r, ok) -> ok || !holdsData(r) ? r : notRecorded(r))
          .thenApply(r -> {
            if (r.section() == Section.PERSON) {
              PopTiming.mark("person-fetched");
            }
            observers.forEach(observer -> notify(observer, r));
            notify(listener, r);
            return r;
          }));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
        .thenApply(done -> all.stream().map(CompletableFuture::join).toList());
  }

  /** Keeps every loaded section in {@code store} and shows the stored copy when a back-end fails. */
  public void useStore(SectionStore store) {
    this.store = Objects.requireNonNull(store, "store == null");
  }

  /** Deletes everything the local cache keeps about the citizen. Blocking. */
  public void forget(CprNumber cpr) {
    store.forget(cpr);
  }

  /** The citizens kept in the local cache, most recently fetched first; blocking. */
  public List<SectionStore.Citizen> storedCitizens(int limit) {
    return store.citizens(limit);
  }

  /** Also tells {@code observer} of every result of every overview (e.g. the connection monitor). */
  public void addObserver(Consumer<SectionResult> observer) {
    observers.add(Objects.requireNonNull(observer, "observer == null"));
  }

  /** The sections this service has a source for, in display order. */
  public List<Section> sections() {
    return sources.stream().map(SectionSource::section).toList();
  }

  /** Stores what loaded; for a back-end that failed, the stored copy if there is one. */
  private SectionResult keepOrFallBack(CprNumber cpr, SectionResult r) {
    if (r instanceof SectionResult.Loaded loaded) {
      store.save(cpr, loaded.section(), loaded.data(), loaded.fetchedAt());
    } else if (r instanceof SectionResult.Failed failed && failed.failure().isBackEndTrouble()) {
      return store.load(cpr, failed.section())
          .<SectionResult>map(s -> new SectionResult.Cached(failed.section(), failed.sourceName(), s.data(),
              s.fetchedAt(), failed.failure(), failed.duration()))
          .orElse(r);
    }
    return r;
  }

  private static boolean holdsData(SectionResult r) {
    return r instanceof SectionResult.Loaded || r instanceof SectionResult.Cached;
  }

  private static SectionResult notRecorded(SectionResult r) {
    return new SectionResult.Failed(r.section(), r.sourceName(), SectionResult.Failure.ACCESS_NOT_RECORDED,
        Optional.empty(), r.duration());
  }

  private SectionResult fetchOne(SectionSource<?> source, CprNumber cpr, long started) {
    try {
      Object data = source.fetch(cpr);
      return new SectionResult.Loaded(source.section(), source.sourceName(), data, clock.instant(), elapsed(started));
    } catch (Exception e) {
      return failed(source, e, started);
    }
  }

  private static SectionResult failed(SectionSource<?> source, Throwable e, long started) {
    SectionResult.Failure failure = classify(e);
    if (failure == SectionResult.Failure.UNEXPECTED) {
      log.warn("Section {} failed unexpectedly: {}", source.section(), e.getClass().getName());
    }
    Optional<String> correlationId = e instanceof ApiException api ? Optional.ofNullable(api.correlationId())
        : Optional.empty();
    return new SectionResult.Failed(source.section(), source.sourceName(), failure, correlationId, elapsed(started));
  }

  static SectionResult.Failure classify(Throwable e) {
    if (e instanceof TimeoutException || e instanceof ApiTimeoutException) {
      return SectionResult.Failure.TIMEOUT;
    }
    if (e instanceof ApiConnectionException) {
      return SectionResult.Failure.UNREACHABLE;
    }
    if (e instanceof UnauthorizedException || e instanceof ForbiddenException) {
      return SectionResult.Failure.NOT_ALLOWED;
    }
    if (e instanceof NotFoundException) {
      return SectionResult.Failure.NOT_FOUND;
    }
    if (e instanceof ServerErrorException) {
      return SectionResult.Failure.UNAVAILABLE;
    }
    if (e instanceof MalformedResponseException) {
      return SectionResult.Failure.BAD_RESPONSE;
    }
    return SectionResult.Failure.UNEXPECTED;
  }

  private static void notify(Consumer<SectionResult> listener, SectionResult result) {
    try {
      listener.accept(result);
    } catch (RuntimeException e) {
      log.warn("Overview listener failed for section {}: {}", result.section(), e.getClass().getName());
    }
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
