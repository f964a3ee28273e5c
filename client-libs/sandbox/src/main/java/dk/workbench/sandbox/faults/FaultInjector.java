package dk.workbench.sandbox.faults;

import dk.workbench.sandbox.Route;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The faults in force, changeable at run time, and the draw of one request's fault. Each API
 * draws from its own random stream seeded from the faults' seed and the API name, so with a
 * seed the n-th request to an API always meets the same fault, whatever the other APIs see.
 * Thread-safe.
 */
public final class FaultInjector {
  /** What happens to one request. */
  public enum Kind {
    /** Served normally (after the delay). */
    NONE,
    /** Not served: answered 500 or 503 (with {@code Retry-After}). */
    ERROR,
    /** Not served: held without an answer, then the connection is closed. */
    HANG,
    /** Served, but the body is broken JSON. */
    MALFORMED,
    /** Served, but the body stops half-way and the connection closes. */
    TRUNCATED
  }

  /**
   * The fault drawn for one request.
   *
   * @param kind what happens
   * @param delay how long the answer is held back (latency + jitter)
   * @param fault the API's settings (status, Retry-After, hang time)
   */
  public record Decision(Kind kind, Duration delay, ApiFault fault) {
    public static final Decision NONE = new Decision(Kind.NONE, Duration.ZERO, ApiFault.NONE);
  }

  private record State(Faults faults, long seed, Map<String, SplittableRandom> streams) {}

  private volatile State state;

  public FaultInjector(Faults faults) {
    set(faults);
  }

  /** Replaces the faults in force; the random streams start again from the seed. */
  public void set(Faults faults) {
    Objects.requireNonNull(faults, "faults == null");
    long seed = faults.seed() != null ? faults.seed() : ThreadLocalRandom.current().nextLong();
    state = new State(faults, seed, new ConcurrentHashMap<>());
  }

  public Faults current() {
    return state.faults();
  }

  /** The fault for the next request to this API; never one for the sandbox's own endpoints. */
  public Decision decide(String api) {
    State s = state;
    if (Route.SANDBOX_API.equals(api) || s.faults().isNone()) {
      return Decision.NONE;
    }
    ApiFault fault = s.faults().forApi(api);
    if (fault.isNone()) {
      return Decision.NONE;
    }
    SplittableRandom random = s.streams().computeIfAbsent(api, a -> new SplittableRandom(s.seed() * 31 + a.hashCode()));
    double kindDraw;
    double jitterDraw;
    synchronized (random) {
      kindDraw = random.nextDouble();
      jitterDraw = random.nextDouble();
    }
    Duration delay = fault.latency().plusMillis((long) (jitterDraw * (fault.jitter().toMillis() + 1)));
    return new Decision(kind(fault, kindDraw), delay, fault);
  }

  private static Kind kind(ApiFault f, double draw) {
    double bound = f.errorRate();
    if (draw < bound) {
      return Kind.ERROR;
    }
    bound += f.hangRate();
    if (draw < bound) {
      return Kind.HANG;
    }
    bound += f.malformedRate();
    if (draw < bound) {
      return Kind.MALFORMED;
    }
    bound += f.truncatedRate();
    return draw < bound ? Kind.TRUNCATED : Kind.NONE;
  }
}
