package dk.workbench.service.overview;

import dk.workbench.service.access.AccessDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one section of the overview ended: loaded (with its data), failed (with the reason in
 * plain terms) or refused by the access guard (never fetched).
 */
public sealed interface SectionResult {
  Section section();

  String sourceName();

  /** Time from the start of the overview to this result. */
  Duration duration();

  /** Data as fetched at {@code fetchedAt}. */
  record Loaded(Section section, String sourceName, Object data, Instant fetchedAt, Duration duration)
      implements SectionResult {
    public Loaded {
      Objects.requireNonNull(data, "data == null");
    }

    /** The data as the type the section's source produces. */
    public <T> T dataAs(Class<T> type) {
      return type.cast(data);
    }
  }

  /**
   * The back-end failed ({@code failure}), so the data is the copy cached when it last
   * answered, fetched at {@code fetchedAt}: shown marked "Offline — data fra …".
   */
  record Cached(Section section, String sourceName, Object data, Instant fetchedAt, Failure failure, Duration duration)
      implements SectionResult {}

  /** The back-end failed or was too slow; {@code correlationId} lets support find it in the back-end's log. */
  record Failed(Section section, String sourceName, Failure failure, Optional<String> correlationId, Duration duration)
      implements SectionResult {}

  /** Not fetched: the purpose or role does not allow it. */
  record Refused(Section section, String sourceName, AccessDecision.Refusal reason, Duration duration)
      implements SectionResult {}

  /** Why a section failed, in terms staff can act on. */
  enum Failure {
    /** No answer within the section's deadline. */
    TIMEOUT,
    /** The back-end could not be reached. */
    UNREACHABLE,
    /** The back-end said it is unavailable or failed (5xx, 429). */
    UNAVAILABLE,
    /** The back-end refused us (401/403). */
    NOT_ALLOWED,
    /** The back-end knows no such citizen. */
    NOT_FOUND,
    /** The answer could not be read. */
    BAD_RESPONSE,
    /** Anything else (a bug on our side). */
    UNEXPECTED,
    /** Fetched, but not shown: the access could not be recorded in the access log. */
    ACCESS_NOT_RECORDED;

    /** True when the back-end itself failed (not a refusal, an unknown citizen or our own bug). */
    public boolean isBackEndTrouble() {
      return switch (this) {
        case TIMEOUT, UNREACHABLE, UNAVAILABLE, BAD_RESPONSE -> true;
        case NOT_ALLOWED, NOT_FOUND, UNEXPECTED, ACCESS_NOT_RECORDED -> false;
      };
    }
  }
}
