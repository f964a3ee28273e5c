package dk.workbench.service.attorney;

import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.overview.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member helping someone who acts for a citizen ("X handler på vegne af Y"), or the
 * citizen themself in an assisted session. Knows its basis, the sections it covers (and why
 * the others are hidden), and whether it still holds. Immutable; its state depends on the time
 * asked about.
 *
 * @param actor who acts (X); the citizen themself for {@link Basis.CitizenPresent}
 * @param citizen for whom (Y)
 * @param hidden the sections outside the mandate, each with the check's reason
 */
public record ActingForSession(String id, Person actor, Person citizen, Basis basis, Purpose purpose,
    Set<Section> covered, Map<Section, CheckReason> hidden, Instant started) {
  /** How long before its basis ends a session warns. */
  public static final Duration WARN_BEFORE = Duration.ofMinutes(15);

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  public ActingForSession {
    Objects.requireNonNull(actor, "actor == null");
    Objects.requireNonNull(citizen, "citizen == null");
    Objects.requireNonNull(basis, "basis == null");
    covered = Set.copyOf(covered);
    hidden = Collections.unmodifiableMap(hidden.isEmpty() ? new EnumMap<>(Section.class) : new EnumMap<>(hidden));
  }

  /** Where a session stands at a moment. */
  public enum State {
    /** The basis holds. */
    ACTIVE,
    /** The basis ends within {@link #WARN_BEFORE}: warn. */
    EXPIRING,
    /** The basis has ended: every action is blocked. */
    ENDED
  }

  /** The state at {@code now}. */
  public State state(Instant now) {
    Instant end = basis.endsAt().orElse(null);
    if (end == null) {
      return State.ACTIVE;
    }
    if (!now.isBefore(end)) {
      return State.ENDED;
    }
    return now.isBefore(end.minus(WARN_BEFORE)) ? State.ACTIVE : State.EXPIRING;
  }

  /** Time left at {@code now} until the basis ends (zero once ended); null when open-ended. */
  public Duration remaining(Instant now) {
    return basis.endsAt().map(end -> now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO).orElse(null);
  }

  /** Whether the session's mandate covers the section. */
  public boolean covers(Section section) {
    return covered.contains(section);
  }

  /** Whether the basis grants the privilege. */
  public boolean grants(FuldmagtPrivilege privilege) {
    return basis.privileges().contains(privilege);
  }

  /** Whether someone acts for the citizen (false for an assisted session with the citizen present). */
  public boolean representative() {
    return !(basis instanceof Basis.CitizenPresent);
  }

  /** The basis in words for the audit log (Danish, like the header). */
  public String basisText() {
    if (basis instanceof Basis.Power power) {
      return "fuldmagt " + power.id() + (power.validTo() == null ? ", uden slutdato" : ", gyldig til " + DATE.format(power.validTo()));
    }
    if (basis instanceof Basis.Consent consent) {
      return "mundtligt samtykke " + consent.id() + " (" + consent.consent().relation() + ")";
    }
    return "borgeren er til stede (" + basis.id() + ")";
  }

  /** "X on behalf of Y (basis)" for the access recorder; null when the citizen acts for themself. */
  public AccessRecorder.OnBehalf onBehalf() {
    return representative() ? new AccessRecorder.OnBehalf(actor.cpr(), basis.id(), basisText()) : null;
  }

  /** No CPR numbers, no names. */
  @Override
  public String toString() {
    return "ActingForSession[id=" + id + ", basis=" + basis.getClass().getSimpleName() + ", covered=" + covered + "]";
  }
}
