package dk.workbench.cache;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A decrypted cached section: the JSON payload as it was fetched and when (millisecond
 * precision). {@link #toString()} never shows the payload, which holds personal data.
 */
public record CachedSection(byte[] payload, Instant fetchedAt) {

  public CachedSection {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CachedSection other && Arrays.equals(other.payload, payload) && other.fetchedAt.equals(fetchedAt);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(payload) + fetchedAt.hashCode();
  }

  @Override
  public String toString() {
    return "CachedSection[payload=" + payload.length + " bytes, fetchedAt=" + fetchedAt + "]";
  }
}
