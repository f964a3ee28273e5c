package dk.workbench.ui.attorney;

import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.accesslog.AccessLogView;
import dk.workbench.ui.accesslog.AccessLogViewModel;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.ViewLoader;
import dk.workbench.ui.digitalpost.DigitalPostView;
import dk.workbench.ui.digitalpost.DigitalPostViewModel;
import dk.workbench.ui.overview.CitizenOverviewViewModel;
import dk.workbench.ui.overview.TabExtension;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Adds acting for someone to each citizen tab: the session header ("X handler på vegne af Y —
 * fuldmagt <id>, gyldig til <date>") with start/end, the warning and block as the basis ends
 * (checked every {@value #TICK_SECONDS} s, or as often as the power is re-checked with the back-end
 * if that is more often; a revoked power blocks too), cards outside the mandate hidden with the reason, and
 * actions on the cards: the powers of attorney in detail, the mailbox, the access log.
 */
public final class ActingForTabs implements TabExtension {
  static final int TICK_SECONDS = 15;

  private final Messages messages;
  private final ViewLoader views;
  private final Clock clock;
  private final Supplier<ActingForDialogViewModel> dialogs;
  private final Supplier<PowersViewModel> powers;
  private final Supplier<DigitalPostViewModel> mailboxes;
  private final Supplier<AccessLogViewModel> accessLogs;
  private final java.util.function.Function<CitizenSession, AddressRevealViewModel> reveals;
  private final SessionRecheck recheck;
  private final Map<CitizenOverviewViewModel, CitizenSession> sessions = new WeakHashMap<>();
  /** The sessions of parked tabs, by citizen and purpose, until the citizen is opened again. */
  private final Map<Parked, ActingForSession> parked = new java.util.HashMap<>();
  private Timeline ticker;

  public ActingForTabs(Messages messages, ViewLoader views, Clock clock, Supplier<ActingForDialogViewModel> dialogs,
      Supplier<PowersViewModel> powers, Supplier<DigitalPostViewModel> mailboxes,
      Supplier<AccessLogViewModel> accessLogs,
      java.util.function.Function<CitizenSession, AddressRevealViewModel> reveals, SessionRecheck recheck) {
    this.messages = messages;
    this.views = views;
    this.clock = clock;
    this.dialogs = dialogs;
    this.powers = powers;
    this.mailboxes = mailboxes;
    this.accessLogs = accessLogs;
    this.reveals = reveals;
    this.recheck = recheck;
  }

  private record Parked(dk.workbench.contracts.cpr.CprNumber cpr, dk.workbench.domain.Purpose purpose) {}

  /**
   * The session state of a citizen's tab. A tab that opens the citizen of a parked tab (same
   * purpose) gets the parked session back, its state checked now: a basis that ended while the
   * tab was parked blocks at once with the reason.
   */
  public CitizenSession session(CitizenOverviewViewModel overview) {
    return sessions.computeIfAbsent(overview, o -> {
      CitizenSession session = new CitizenSession(o.cpr(), o.titleProperty(), o.purpose(), messages, clock.getZone());
      ActingForSession kept = parked.remove(new Parked(o.cpr(), o.purpose()));
      if (kept != null) {
        session.set(kept, clock.instant());
      }
      return session;
    });
  }

  /** Keeps the tab's acting-for session (who acts, on which basis) for when the citizen is resumed. */
  @Override
  public void parked(CitizenOverviewViewModel overview) {
    CitizenSession session = sessions.remove(overview);
    if (session != null && session.session() != null) {
      parked.put(new Parked(overview.cpr(), overview.purpose()), session.session());
    }
  }

  @Override
  public Node header(CitizenOverviewViewModel overview) {
    CitizenSession session = session(overview);
    startTicking();
    Label header = new Label();
    header.setId("sessionHeader");
    header.getStyleClass().add("session-header");
    header.setWrapText(true);
    header.textProperty().bind(session.headerProperty());
    Label warning = new Label();
    warning.setId("sessionWarning");
    warning.setWrapText(true);
    warning.getStyleClass().add("warning-message");
    warning.textProperty().bind(session.warningProperty());
    warning.visibleProperty().bind(Bindings.isNotEmpty(session.warningProperty()));
    warning.managedProperty().bind(warning.visibleProperty());
    Button start = new Button(messages.get("attorney.start"));
    start.setId("startSession");
    start.setOnAction(e -> openDialog(start, session));
    Button end = new Button(messages.get("attorney.end"));
    end.setId("endSession");
    end.visibleProperty().bind(session.sessionProperty().isNotNull());
    end.managedProperty().bind(end.visibleProperty());
    end.setOnAction(e -> session.set(null, clock.instant()));
    Button log = new Button(messages.get("accesslog.open"));
    log.setId("openAccessLog");
    log.setOnAction(e -> openAccessLog(log, session));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    for (Button button : List.of(start, end, log)) {
      button.setMinWidth(Region.USE_PREF_SIZE); // the header wraps; the buttons keep their whole text
    }
    HBox line = new HBox(8, header, grow, start, end, log);
    VBox bar = new VBox(4, line, warning);
    bar.getStyleClass().add("session-bar");
    return bar;
  }

  @Override
  public Node decorate(CitizenOverviewViewModel overview, Section section, Region card) {
    CitizenSession session = session(overview);
    StringBinding hidden = session.hiddenReason(section);
    card.visibleProperty().bind(Bindings.isEmpty(hidden));
    card.managedProperty().bind(card.visibleProperty());
    VBox cell = new VBox(4, card);
    // the note in the card's place is built the first time the card is hidden (most never are)
    Runnable addHidden = () -> {
      Label title = new Label(messages.get("section." + section.name()));
      title.getStyleClass().add("section-title");
      Label note = new Label();
      note.setWrapText(true);
      note.getStyleClass().add("section-refused");
      note.textProperty().bind(hidden);
      VBox hiddenCard = new VBox(6, title, note);
      hiddenCard.setId("hidden-" + section.name());
      hiddenCard.getStyleClass().add("section-card");
      hiddenCard.setPrefWidth(card.getPrefWidth());
      hiddenCard.visibleProperty().bind(Bindings.isNotEmpty(hidden));
      hiddenCard.managedProperty().bind(hiddenCard.visibleProperty());
      cell.getChildren().add(1, hiddenCard);
    };
    if (!hidden.get().isEmpty()) {
      addHidden.run();
    } else {
      hidden.addListener(new javafx.beans.value.ChangeListener<String>() {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends String> value, String was, String now) {
          if (!now.isEmpty()) {
            value.removeListener(this);
            addHidden.run();
          }
        }
      });
    }
    Button action = switch (section) {
      case POWERS_OF_ATTORNEY -> button("showPowers", "attorney.showPowers", () -> openPowers(card, session));
      case DIGITAL_POST -> button("openMailbox", "post.open", () -> openMailbox(card, session));
      default -> null;
    };
    if (action != null) {
      action.visibleProperty().bind(card.visibleProperty());
      action.managedProperty().bind(action.visibleProperty());
      cell.getChildren().add(action);
    }
    if (section == Section.PERSON) {
      AddressRevealViewModel reveal = reveals.apply(session);
      if (reveal.available()) {
        Node revealer = revealer(reveal);
        revealer.visibleProperty().bind(overview.addressProtectedProperty().and(card.visibleProperty()));
        revealer.managedProperty().bind(revealer.visibleProperty());
        cell.getChildren().add(revealer);
      }
    }
    return cell;
  }

  /** "Vis beskyttet adresse": a reason, then the address (the reveal is recorded). */
  private Node revealer(AddressRevealViewModel vm) {
    javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
    reason.setId("revealReason");
    reason.setPromptText(messages.get("address.reason"));
    reason.setAccessibleText(messages.get("address.reason"));
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    Button reveal = button("revealAddress", "address.reveal", vm::reveal);
    Label result = new Label();
    result.setId("revealResult");
    result.setWrapText(true);
    result.textProperty().bind(vm.resultProperty());
    HBox.setHgrow(reason, Priority.ALWAYS);
    VBox revealer = new VBox(4, new HBox(8, reason, reveal), result);
    revealer.setId("addressRevealer");
    return revealer;
  }

  private Button button(String id, String key, Runnable run) {
    Button b = new Button(messages.get(key));
    b.setId(id);
    b.setOnAction(e -> run.run());
    return b;
  }

  private void openDialog(Node from, CitizenSession session) {
    ActingForDialogViewModel vm = dialogs.get();
    vm.forCitizen(session);
    Stage stage = new Stage();
    stage.initModality(Modality.WINDOW_MODAL);
    Parent dialog = views.load(ActingForDialog.class, new ActingForDialog(vm, messages, stage::close));
    show(from, stage, dialog, messages.get("attorney.dialog.title", session.citizen().name()), 760, 520);
  }

  private void openPowers(Node from, CitizenSession session) {
    PowersViewModel vm = powers.get();
    vm.open(session.cpr());
    show(from, new Stage(), views.load(PowersView.class, new PowersView(vm)), messages.get("powers.title", session.citizen().name()), 1200, 420);
  }

  private void openMailbox(Node from, CitizenSession session) {
    DigitalPostViewModel vm = mailboxes.get();
    vm.open(session.cpr(), session.session());
    show(from, new Stage(), views.load(DigitalPostView.class, new DigitalPostView(vm, messages)), messages.get("post.title", session.citizen().name()), 1200,
        800);
  }

  private void openAccessLog(Node from, CitizenSession session) {
    AccessLogViewModel vm = accessLogs.get();
    ActingForSession s = session.session();
    vm.open(session.cpr(), session.purpose(), s);
    show(from, new Stage(), views.load(AccessLogView.class, new AccessLogView(vm, messages)), messages.get("accesslog.title", session.citizen().name()),
        1400, 800);
  }

  private static void show(Node from, Stage stage, Parent content, String title, double width, double height) {
    if (from.getScene() != null && from.getScene().getWindow() != null) {
      stage.initOwner(from.getScene().getWindow());
    }
    Scene scene = new Scene(content, width, height);
    if (from.getScene() != null) {
      scene.getStylesheets().addAll(from.getScene().getStylesheets());
    }
    stage.setTitle(title);
    stage.setScene(scene);
    stage.show();
  }

  private void startTicking() {
    if (ticker == null) {
      double seconds = Math.min(TICK_SECONDS, Math.max(1, recheck.every().toSeconds()));
      ticker = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> tick()));
      ticker.setCycleCount(Animation.INDEFINITE);
      ticker.play();
    }
  }

  /** Re-evaluates every open session now (warn, then block) and re-checks powers that are due. */
  public void tick() {
    sessions.values().forEach(s -> {
      s.tick(clock.instant());
      recheck.tick(s, clock.instant());
    });
  }
}
