package dk.workbench.sandbox.auth;

import dk.workbench.contracts.auth.StaffRole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Issues opaque bearer tokens for demo staff users and looks them up. Thread-safe. */
public final class TokenStore {
  /** A token lives for a working day. */
  public static final Duration LIFETIME = Duration.ofHours(8);

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Entry(StaffUser user, Instant expires) {}

  public TokenStore(Clock clock) {
    this.clock = clock;
  }

  public String issue(String username, StaffRole role, String organisation) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.put(token, new Entry(new StaffUser(username, role, organisation), clock.instant().plus(LIFETIME)));
    return token;
  }

  /** The user of a valid, unexpired token. */
  public Optional<StaffUser> find(String token) {
    Entry entry = token == null ? null : tokens.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      tokens.remove(token);
      return Optional.empty();
    }
    return Optional.of(entry.user());
  }
}
