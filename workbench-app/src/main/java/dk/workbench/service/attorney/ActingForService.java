package dk.workbench.service.attorney;

import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiException;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.overview.Section;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Acting-for sessions: a power of attorney checked with the back-end for each privilege, a
 * recorded verbal consent, or an assisted session with the citizen present. Every action in a
 * session is recorded as "X on behalf of Y (basis)" in the local audit log and the citizen's
 * access log, and is refused once the basis has ended or the power no longer holds (re-checked
 * with the back-end before each action and whenever {@link #recheck} is called, e.g. every
 * minute). Blocking and thread-agnostic.
 */
public final class ActingForService {
  /** The longest a verbal consent may last. */
  public static final java.time.Period MAX_CONSENT = java.time.Period.ofMonths(6);

  /** Activity codes in the audit log. */
  public static final String SESSION_START = "SESSION_START";
  public static final String CONSENT_RECORDED = "CONSENT_RECORDED";

  /** How a blocked start ranks its reasons: the one most worth telling. */
  private static final List<CheckReason> RANK = List.of(CheckReason.REVOKED, CheckReason.EXPIRED, CheckReason.PENDING,
      CheckReason.NOT_YET_VALID, CheckReason.PRIVILEGE_NOT_GRANTED, CheckReason.NO_POWER);

  private final FuldmagtClient fuldmagt;
  private final VerbalConsentStore consents;
  private final AccessRecorder recorder;
  private final Clock clock;
  private final String staffUser;
  /** Sessions whose power a re-check found no longer holds: session id → why. */
  private final Map<String, CheckReason> withdrawn = new ConcurrentHashMap<>();

  public ActingForService(FuldmagtClient fuldmagt, VerbalConsentStore consents, AccessRecorder recorder, Clock clock,
      String staffUser) {
    this.fuldmagt = Objects.requireNonNull(fuldmagt, "fuldmagt == null");
    this.consents = Objects.requireNonNull(consents, "consents == null");
    this.recorder = Objects.requireNonNull(recorder, "recorder == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.staffUser = staffUser;
  }

  /** The powers the citizen granted (every status), oldest first. */
  public List<PowerOfAttorney> powersGrantedBy(CprNumber citizen) throws ApiException {
    return fuldmagt.grantedBy(citizen);
  }

  /** The powers the person holds for others (every status), oldest first. */
  public List<PowerOfAttorney> powersHeldBy(CprNumber person) throws ApiException {
    return fuldmagt.heldBy(person);
  }

  /** One power with every detail. */
  public PowerOfAttorney power(String id) throws ApiException {
    return fuldmagt.power(id);
  }

  /**
   * Starts a session in which {@code actor} acts for {@code citizen} under a power of attorney:
   * each privilege is checked with the back-end for today. The session covers what is allowed
   * and hides the rest with the reason; when nothing is allowed it is blocked with the reason
   * (no power, pending, expired, revoked …). A started session is recorded.
   */
  public SessionStart startWithPower(Person actor, Person citizen, Purpose purpose) throws Exception {
    Objects.requireNonNull(actor, "actor == null");
    Objects.requireNonNull(citizen, "citizen == null");
    LocalDate today = LocalDate.now(clock);
    Set<FuldmagtPrivilege> allowed = EnumSet.noneOf(FuldmagtPrivilege.class);
    Map<FuldmagtPrivilege, PowerCheckResult> refused = new EnumMap<>(FuldmagtPrivilege.class);
    String powerId = null;
    for (FuldmagtPrivilege privilege : FuldmagtPrivilege.values()) {
      PowerCheckResult result = fuldmagt.check(citizen.cpr(), actor.cpr().value(), privilege, today);
      if (result.allowed()) {
        allowed.add(privilege);
        powerId = powerId == null ? result.powerId() : powerId;
      } else {
        refused.put(privilege, result);
      }
    }
    if (allowed.isEmpty()) {
      PowerCheckResult telling = refused.values().stream()
          .min((a, b) -> Integer.compare(RANK.indexOf(a.reason()), RANK.indexOf(b.reason())))
          .orElseThrow();
      return new SessionStart.Blocked(telling.reason(), telling.powerId(), telling.detail());
    }
    PowerOfAttorney power = fuldmagt.power(powerId);
    Instant ends = power.validTo() == null ? null
        : power.validTo().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Basis basis = new Basis.Power(power.id(), power.validTo(), allowed, ends);
    Map<Section, CheckReason> hidden = new EnumMap<>(Section.class);
    for (Map.Entry<FuldmagtPrivilege, PowerCheckResult> entry : refused.entrySet()) {
      for (Section section : Mandate.sections(entry.getKey())) {
        hidden.put(section, entry.getValue().reason());
      }
    }
    ActingForSession session = new ActingForSession(UUID.randomUUID().toString(), actor, citizen, basis, purpose,
        Mandate.covered(allowed), hidden, clock.instant());
    recordStart(session);
    return new SessionStart.Started(session);
  }

  /**
   * Records a verbal consent the citizen gives while present or on the line; stored locally and
   * logged like a power.
   *
   * @param duration how long it holds, at most six months
   * @throws IllegalArgumentException with the reason for a missing relation, reason or privilege,
   *     or a duration that is not positive or longer than six months
   */
  public VerbalConsent recordConsent(Person representative, Person citizen, String relation,
      Set<FuldmagtPrivilege> privileges, String reason, Duration duration, Purpose purpose) throws Exception {
    Objects.requireNonNull(representative, "representative == null");
    Objects.requireNonNull(citizen, "citizen == null");
    if (relation == null || relation.isBlank()) {
      throw new IllegalArgumentException("the representative's relation to the citizen is required");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("the reason for the consent is required");
    }
    if (privileges == null || privileges.isEmpty()) {
      throw new IllegalArgumentException("the consent must cover at least one thing");
    }
    if (representative.cpr().equals(citizen.cpr())) {
      throw new IllegalArgumentException("the representative must be someone other than the citizen");
    }
    Instant now = clock.instant();
    ZonedDateTime start = now.atZone(clock.getZone());
    if (duration == null || duration.isZero() || duration.isNegative()
        || start.plus(duration).isAfter(start.plus(MAX_CONSENT))) {
      throw new IllegalArgumentException("a verbal consent lasts more than zero and at most six months");
    }
    VerbalConsent consent = new VerbalConsent("samtykke-" + UUID.randomUUID(), citizen.cpr().value(),
        representative.cpr().value(), representative.name(), relation.strip(), privileges, reason.strip(), now,
        now.plus(duration), staffUser);
    consents.save(consent);
    recorder.record(new AccessRecorder.Access(UUID.randomUUID().toString(), citizen.cpr(), purpose,
        EnumSet.of(Section.POWERS_OF_ATTORNEY), now,
        new AccessRecorder.Activity(CONSENT_RECORDED, AccessAction.CREATE, List.of(DataCategory.POWERS_OF_ATTORNEY),
            "relation: " + consent.relation() + "; privileges: " + consent.privileges() + "; reason: " + consent.reason()
                + "; valid until " + consent.validUntil()),
        new AccessRecorder.OnBehalf(representative.cpr(), consent.id(), "mundtligt samtykke " + consent.id())));
    return consent;
  }

  /** The citizen's verbal consents still valid now. */
  public List<VerbalConsent> validConsents(CprNumber citizen) {
    return consents.valid(citizen, clock.instant());
  }

  /** Starts a session under a recorded verbal consent (still valid) for its representative. */
  public ActingForSession startWithConsent(Person representative, Person citizen, VerbalConsent consent, Purpose purpose)
      throws Exception {
    Objects.requireNonNull(consent, "consent == null");
    if (!consent.citizenCpr().equals(citizen.cpr().value())
        || !consent.representativeCpr().equals(representative.cpr().value())) {
      throw new IllegalArgumentException("the consent is not between these two people");
    }
    if (!consent.validUntil().isAfter(clock.instant())) {
      throw new IllegalArgumentException("the consent has ended");
    }
    ActingForSession session = new ActingForSession(UUID.randomUUID().toString(), representative, citizen,
        new Basis.Consent(consent), purpose, Mandate.covered(consent.privileges()),
        notGranted(consent.privileges()), clock.instant());
    recordStart(session);
    return session;
  }

  /**
   * Starts a recorded assisted session: the citizen is present and the staff member helps them
   * with their own data, for at most {@code length} (e.g. the visit).
   */
  public ActingForSession startAssisted(Person citizen, Purpose purpose, Duration length) throws Exception {
    Instant now = clock.instant();
    Basis basis = new Basis.CitizenPresent("til-stede-" + UUID.randomUUID(), now.plus(length));
    ActingForSession session = new ActingForSession(UUID.randomUUID().toString(), citizen, citizen, basis, purpose,
        Mandate.covered(basis.privileges()), notGranted(basis.privileges()), now);
    recordStart(session);
    return session;
  }

  /**
   * The session's state now: {@code ENDED} also once a re-check found its power no longer
   * holds (revoked, expired, …) — see {@link #recheck}.
   */
  public ActingForSession.State state(ActingForSession session) {
    return withdrawn.containsKey(session.id()) ? ActingForSession.State.ENDED : session.state(clock.instant());
  }

  /** Why a re-check found the session's power no longer holds; empty while it holds (or was never re-checked). */
  public Optional<CheckReason> withdrawal(ActingForSession session) {
    return Optional.ofNullable(withdrawn.get(session.id()));
  }

  /**
   * Asks the check API again, for today, for every privilege the session's power granted at the
   * start (a verbal consent or an assisted session has nothing to ask: they end by time). When
   * any is refused now — the power was revoked, has expired, was changed — the session ends for
   * good with the most telling reason, and every later action is refused.
   *
   * @return the reason the power no longer holds; empty while it holds
   * @throws ApiException when the check API cannot answer (the caller decides; actions fail closed)
   */
  public Optional<CheckReason> recheck(ActingForSession session) throws ApiException {
    if (session.basis() instanceof Basis.Power power) {
      recheck(session, power.privileges());
    }
    return withdrawal(session);
  }

  private void recheck(ActingForSession session, Set<FuldmagtPrivilege> privileges) throws ApiException {
    if (withdrawn.containsKey(session.id())) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    CheckReason lost = null;
    for (FuldmagtPrivilege privilege : privileges) {
      PowerCheckResult result = fuldmagt.check(session.citizen().cpr(), session.actor().cpr().value(), privilege, today);
      if (!result.allowed() && (lost == null || RANK.indexOf(result.reason()) < RANK.indexOf(lost))) {
        lost = result.reason();
      }
    }
    if (lost != null) {
      withdrawn.putIfAbsent(session.id(), lost);
    }
  }

  /**
   * Records one action in the session as "X on behalf of Y (basis)", in the audit log and the
   * access log. Refused (and not recorded) once the basis has ended, outside the mandate, or
   * when the power no longer holds: before each action a session under a power asks the check
   * API again for the privileges the action needs (fails closed when it cannot answer).
   *
   * @param sections the data the action touches; each must be covered
   */
  public void record(ActingForSession session, AccessRecorder.Activity activity, Set<Section> sections)
      throws Exception {
    ensureAllowed(session, sections);
    if (session.basis() instanceof Basis.Power power) {
      Set<FuldmagtPrivilege> needed = EnumSet.noneOf(FuldmagtPrivilege.class);
      for (Section section : sections) {
        FuldmagtPrivilege privilege = Mandate.privilegeFor(section);
        if (privilege != null) {
          needed.add(privilege);
        }
      }
      if (needed.isEmpty()) { // the person and the powers themselves: the power must still hold for something
        needed.add(power.privileges().iterator().next());
      }
      recheck(session, needed);
      ensureAllowed(session, sections);
    }
    recorder.record(new AccessRecorder.Access(UUID.randomUUID().toString(), session.citizen().cpr(), session.purpose(),
        sections, clock.instant(), activity, session.onBehalf()));
  }

  /**
   * Whether the session may touch the sections now.
   *
   * @throws SessionBlockedException once the basis has ended, or for a section outside the mandate
   */
  public void ensureAllowed(ActingForSession session, Set<Section> sections) throws SessionBlockedException {
    CheckReason lost = withdrawn.get(session.id());
    if (lost != null) {
      throw new SessionBlockedException(SessionBlockedException.Reason.WITHDRAWN,
          "the session's power (" + session.basis().id() + ") no longer holds: " + lost);
    }
    if (session.state(clock.instant()) == ActingForSession.State.ENDED) {
      throw new SessionBlockedException(SessionBlockedException.Reason.BASIS_ENDED,
          "the session's basis (" + session.basis().id() + ") has ended");
    }
    for (Section section : sections) {
      if (!session.covers(section)) {
        throw new SessionBlockedException(SessionBlockedException.Reason.NOT_COVERED,
            "the mandate does not cover " + section);
      }
    }
  }

  private void recordStart(ActingForSession session) throws Exception {
    recorder.record(new AccessRecorder.Access(UUID.randomUUID().toString(), session.citizen().cpr(), session.purpose(),
        EnumSet.of(Section.POWERS_OF_ATTORNEY), session.started(),
        new AccessRecorder.Activity(SESSION_START, AccessAction.READ, List.of(DataCategory.POWERS_OF_ATTORNEY),
            "covers " + session.covered()),
        session.onBehalf()));
  }

  private static Map<Section, CheckReason> notGranted(Set<FuldmagtPrivilege> granted) {
    Map<Section, CheckReason> hidden = new EnumMap<>(Section.class);
    for (FuldmagtPrivilege privilege : FuldmagtPrivilege.values()) {
      if (!granted.contains(privilege)) {
        Mandate.sections(privilege).forEach(s -> hidden.put(s, CheckReason.PRIVILEGE_NOT_GRANTED));
      }
    }
    return hidden;
  }
}
