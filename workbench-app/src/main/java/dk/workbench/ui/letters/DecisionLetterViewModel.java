package dk.workbench.ui.letters;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.rules.Language;
import dk.workbench.service.letters.LetterDesk;
import dk.workbench.service.letters.LetterRefusedException;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Lav afgørelsesbrev" in the decision workspace: makes the letter for the opened decision (in
 * Danish or English, normal or large print), stores it as a draft by the signed-in staff user and
 * opens its preview. A decision whose amounts differ from the recomputation gets no letter; the
 * status line says so.
 */
public final class DecisionLetterViewModel {
  private final CprNumber citizen;
  private final Supplier<LetterDesk> desk;
  private final Actor author;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final LongConsumer openPreview;

  private final StringProperty decisionId = new SimpleStringProperty();
  private final BooleanProperty discrepancy = new SimpleBooleanProperty();
  private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.DA);
  private final BooleanProperty largePrint = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final BooleanBinding canMake;

  /**
   * @param citizen the recipient
   * @param desk the letter use cases (made when first used: letters need the local cache)
   * @param author who drafts
   * @param openPreview opens the preview of a new letter (by its number)
   */
  public DecisionLetterViewModel(CprNumber citizen, Supplier<LetterDesk> desk, Actor author, BackgroundTasks tasks,
      Messages messages, LongConsumer openPreview) {
    this.citizen = Objects.requireNonNull(citizen, "citizen");
    this.desk = Objects.requireNonNull(desk, "desk");
    this.author = Objects.requireNonNull(author, "author");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.openPreview = Objects.requireNonNull(openPreview, "openPreview");
    canMake = Bindings.createBooleanBinding(() -> decisionId.get() != null && !busy.get(), decisionId, busy);
    decisionId.addListener((obs, old, id) -> status.set(""));
  }

  /** Makes the letter for the decision opened, as a draft, then opens its preview. */
  public void make() {
    String id = decisionId.get();
    if (id == null || busy.get()) {
      return;
    }
    busy.set(true);
    status.set(messages.get("letter.make.working"));
    Language lang = language.get() == null ? Language.DA : language.get();
    boolean large = largePrint.get();
    tasks.run(() -> desk.get().draftFromDecision(id, citizen, lang, large, author))
        .onSuccess(letter -> {
          busy.set(false);
          status.set(messages.get("letter.make.done", letter));
          openPreview.accept(letter);
        })
        .onFailure(e -> {
          busy.set(false);
          status.set(refusal(e));
        })
        .start();
  }

  private String refusal(Throwable e) {
    if (e instanceof LetterRefusedException && discrepancy.get()) {
      return messages.get("letter.make.disagrees");
    }
    if (e instanceof LetterRefusedException) {
      return messages.get("letter.make.refused", e.getMessage());
    }
    if (e instanceof IllegalStateException) { // no local cache
      return messages.get("letters.unavailable");
    }
    return messages.get("letter.make.failed");
  }

  /** The id of the decision opened in the workspace; null when none. Bind it to the workspace's selection. */
  public StringProperty decisionIdProperty() {
    return decisionId;
  }

  /** True when the workspace found the decision's amounts differ from the recomputation. */
  public BooleanProperty discrepancyProperty() {
    return discrepancy;
  }

  public ObjectProperty<Language> languageProperty() {
    return language;
  }

  public BooleanProperty largePrintProperty() {
    return largePrint;
  }

  /** What happened to the last "Lav afgørelsesbrev", in words. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** True while a letter is being made. */
  public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** A decision is open and no letter is being made. */
  public BooleanBinding canMakeProperty() {
    return canMake;
  }
}
