package dk.workbench.ui.attorney;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.domain.Purpose;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Basis;
import dk.workbench.service.attorney.Person;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * The acting-for session of one citizen's tab: the header "X handler på vegne af Y — fuldmagt
 * <id>, gyldig til <date>", the warning before the basis ends and the block after, and why a
 * section is hidden. {@link #tick(Instant)} re-evaluates the state (the view calls it on a timer).
 */
public final class CitizenSession {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final CprNumber cpr;
  private final ObservableStringValue citizenName;
  private final Purpose purpose;
  private final Messages messages;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<ActingForSession> session = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ActingForSession.State> state = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
  private CheckReason withdrawn;

  public CitizenSession(CprNumber cpr, ObservableStringValue citizenName, Purpose purpose, Messages messages,
      ZoneId zone) {
    this.cpr = cpr;
    this.citizenName = citizenName;
    this.purpose = purpose;
    this.messages = messages;
    this.zone = zone;
    header.set(messages.get("attorney.header.none"));
  }

  /** The citizen as the session service wants them (the name once the person section has arrived). */
  public Person citizen() {
    return new Person(cpr, citizenName.get() == null ? cpr.formatted() : citizenName.get());
  }

  public CprNumber cpr() {
    return cpr;
  }

  public Purpose purpose() {
    return purpose;
  }

  /** Starts showing a session (null: none). */
  public void set(ActingForSession value, Instant now) {
    withdrawn = null;
    session.set(value);
    tick(now);
  }

  /** The session's power no longer holds (a re-check with the back-end said why): blocks the tab. */
  public void withdraw(CheckReason reason, Instant now) {
    withdrawn = reason;
    tick(now);
  }

  /** Why the power no longer holds; null while it holds. */
  public CheckReason withdrawn() {
    return withdrawn;
  }

  /** Re-evaluates header, warning and block at {@code now}. */
  public void tick(Instant now) {
    ActingForSession s = session.get();
    if (s == null) {
      state.set(null);
      header.set(messages.get("attorney.header.none"));
      warning.set("");
      return;
    }
    header.set(headerText(s));
    ActingForSession.State current = withdrawn != null ? ActingForSession.State.ENDED : s.state(now);
    state.set(current);
    if (withdrawn != null) {
      warning.set(withdrawnText());
      return;
    }
    Duration left = s.remaining(now);
    warning.set(switch (current) {
      case ACTIVE -> "";
      case EXPIRING -> messages.get("attorney.warning.EXPIRING", Math.max(1, (left.toSeconds() + 59) / 60));
      case ENDED -> messages.get("attorney.warning.ENDED");
    });
  }

  private String withdrawnText() {
    return messages.get("attorney.warning.WITHDRAWN", messages.get("attorney.reason." + withdrawn.name()));
  }

  private String headerText(ActingForSession s) {
    String actor = s.actor().name();
    String citizen = s.citizen().name();
    if (s.basis() instanceof Basis.Power power) {
      return power.validTo() == null ? messages.get("attorney.header.powerOpen", actor, citizen, power.id())
          : messages.get("attorney.header.power", actor, citizen, power.id(), messages.date(power.validTo()));
    }
    if (s.basis() instanceof Basis.Consent consent) {
      return messages.get("attorney.header.consent", actor, citizen, consent.consent().relation(),
          messages.date(consent.consent().validUntil().atZone(zone).toLocalDate()));
    }
    return messages.get("attorney.header.present", citizen,
        TIME.format(s.basis().endsAt().orElse(s.started()).atZone(zone)));
  }

  /** Why the section is hidden in the session ("" when shown). */
  public StringBinding hiddenReason(Section section) {
    return Bindings.createStringBinding(() -> {
      ActingForSession s = session.get();
      if (section == Section.DIGITAL_POST && (s == null || !opensPost(s))) {
        // the citizen's post is read only with a basis that covers it (power, consent, citizen present)
        return messages.get(s == null ? "post.card.NO_SESSION" : "post.card.NOT_COVERED");
      }
      if (s == null) {
        return "";
      }
      if (state.get() == ActingForSession.State.ENDED && section != Section.PERSON) {
        return withdrawn != null ? withdrawnText() : messages.get("attorney.warning.ENDED");
      }
      if (s.covers(section)) {
        return "";
      }
      CheckReason reason = s.hidden().getOrDefault(section, CheckReason.PRIVILEGE_NOT_GRANTED);
      return messages.get("attorney.hidden", messages.get("attorney.reason." + reason.name()));
    }, session, state);
  }

  private static boolean opensPost(ActingForSession s) {
    return s.basis() instanceof Basis.CitizenPresent
        || s.grants(dk.workbench.contracts.fuldmagt.FuldmagtPrivilege.READ_DIGITAL_POST);
  }

  public ReadOnlyObjectProperty<ActingForSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public ActingForSession session() {
    return session.get();
  }

  /** ACTIVE, EXPIRING, ENDED; null without a session. */
  public ReadOnlyObjectProperty<ActingForSession.State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** "X handler på vegne af Y — fuldmagt <id>, gyldig til <date>", or that there is no session. */
  public ReadOnlyStringProperty headerProperty() {
    return header.getReadOnlyProperty();
  }

  /** The warning before the basis ends, or the block after; "" otherwise. */
  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }
}
