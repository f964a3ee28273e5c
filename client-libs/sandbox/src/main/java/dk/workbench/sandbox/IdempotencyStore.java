package dk.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox's idempotent writes, shared by every API that takes an {@code Idempotency-Key}
 * (access log, interactions, Digital Post): the first request with a key creates; a repeat with
 * the same key and an equal request stores nothing new and answers the first result again; the
 * same key with a different request is a 409 problem. {@link Outcome#toResponse} answers 201,
 * then 200 with {@code Idempotent-Replayed: true}. Keeps the last {@code capacity} keys.
 * Thread-safe.
 *
 * @param <B> the request as compared, with value equality (e.g. the body with the citizen and
 *     the staff user, or a digest of the body's bytes)
 * @param <R> the stored result
 */
public final class IdempotencyStore<B, R> {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

  /** The result, and whether it is a replay of an earlier request. */
  public record Outcome<R>(R result, boolean replayed) {
    /** 201 with the result the first time, 200 with the same result on a replay. */
    public Response toResponse(ObjectMapper mapper) {
      return replayed ? Response.json(mapper, 200, result).withHeader(REPLAYED_HEADER, "true")
          : Response.json(mapper, 201, result);
    }
  }

  private record Stored<B, R>(B request, R result) {}

  private final Map<String, Stored<B, R>> stored;

  /** @param capacity how many keys are kept; beyond it the oldest is forgotten */
  public IdempotencyStore(int capacity) {
    this.stored = new LinkedHashMap<>(64, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Stored<B, R>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The request's idempotency key; a 400 problem when it is missing or not 1–255 visible ASCII characters. */
  public static String key(Request request) {
    String key = request.header(HEADER).map(String::strip).orElse("");
    if (!KEY.matcher(key).matches()) {
      throw new ProblemException(Problems.badRequest("The header '" + HEADER
          + "' is required: 1 to 255 visible ASCII characters, the same for every retry of one write.",
          request.instance()));
    }
    return key;
  }

  /**
   * Runs {@code create} once per key. {@code create} runs under this store's lock, so a
   * concurrent repeat waits and then replays.
   *
   * @throws ProblemException 409 when the key was used for a different request
   */
  public synchronized Outcome<R> apply(String key, B request, Supplier<R> create, String instance) {
    Stored<B, R> earlier = stored.get(key);
    if (earlier != null) {
      if (!earlier.request().equals(request)) {
        throw new ProblemException(Problems.conflict("This " + HEADER
            + " was already used for a different request; use a new key for a new write.", instance));
      }
      return new Outcome<>(earlier.result(), true);
    }
    R result = create.get();
    stored.put(key, new Stored<>(request, result));
    return new Outcome<>(result, false);
  }
}
