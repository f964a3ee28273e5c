package dk.workbench.app;

import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.ui.explanation.DecisionWorkspaceView;
import dk.workbench.ui.explanation.DecisionWorkspaceViewModel;

import dk.workbench.clients.health.HealthClient;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.connection.ConnectionMonitor;
import dk.workbench.service.connection.HealthWatch;
import dk.workbench.service.lookup.PersonSearchService;
import java.time.Duration;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.ViewLoader;
import dk.workbench.ui.lookup.LookupView;
import dk.workbench.ui.lookup.LookupViewModel;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.service.calls.CallService;
import dk.workbench.service.calls.FollowUpQueue;
import dk.workbench.ui.calls.FollowUpQueueView;
import dk.workbench.ui.calls.FollowUpQueueViewModel;
import dk.workbench.service.offline.LocalData;
import dk.workbench.ui.main.MainView;
import dk.workbench.ui.offline.LocalDataView;
import dk.workbench.ui.offline.LocalDataViewModel;
import dk.workbench.ui.main.MainViewModel;
import dk.workbench.ui.overview.CitizenTabsView;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import dk.workbench.ui.overview.SectionPresenter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.springframework.context.ApplicationContext;
import dk.workbench.ui.letters.LetterPreviewView;
import dk.workbench.service.letters.LetterDesk;
import dk.workbench.service.letters.LetterService;
import dk.workbench.ui.letters.DecisionLetterBar;
import dk.workbench.ui.letters.DecisionLetterViewModel;
import dk.workbench.ui.letters.LetterPreviewWindow;
import dk.workbench.ui.letters.LettersView;
import dk.workbench.ui.letters.LettersViewModel;
import dk.workbench.ui.main.Command;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.springframework.beans.factory.ObjectProvider;
import dk.workbench.ui.letters.LetterPreviewViewModel;
import dk.workbench.service.accesslog.AccessLogService;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.digitalpost.DigitalPostService;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.ui.accesslog.AccessLogViewModel;
import dk.workbench.ui.attorney.ActingForDialogViewModel;
import dk.workbench.ui.attorney.ActingForTabs;
import dk.workbench.ui.attorney.SessionRecheck;
import dk.workbench.ui.attorney.AddressRevealViewModel;
import dk.workbench.service.lookup.ProtectedAddressService;
import dk.workbench.ui.attorney.PowersViewModel;
import dk.workbench.ui.digitalpost.DigitalPostViewModel;
import dk.workbench.service.settings.ConnectionCheck;
import dk.workbench.service.settings.SettingsCheck;
import dk.workbench.service.settings.SettingsStore;
import dk.workbench.service.settings.UserSettingsService;
import dk.workbench.ui.settings.Appearance;
import dk.workbench.ui.settings.SettingsCommands;
import dk.workbench.ui.settings.SettingsNotices;
import dk.workbench.ui.settings.SettingsView;
import dk.workbench.ui.settings.SettingsViewModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

/**
 * The desktop app's views and view models, on top of the services of
 * {@link WorkbenchConfiguration} (which the command-line tools use alone).
 */
@Configuration(proxyBeanMethods = false)
@Import(WorkbenchConfiguration.class)
public class UiConfiguration {
  static final int HEALTH_SECONDS = 20;
  /** The deadline of "Test forbindelse". */
  static final int SETTINGS_TEST_SECONDS = 5;
  @Bean
  CitizenTabsViewModel citizenTabsViewModel(OverviewService overview, AccessGuard guard, WorkbenchProperties properties,
      Messages messages, BackgroundTasks tasks, Clock clock, CallService calls) {
    return new CitizenTabsViewModel(overview, guard, properties.staff().role(), new SectionPresenter(messages, clock), tasks,
        messages, clock, calls);
  }

  @Bean
  @Scope("prototype")
  CitizenTabsView citizenTabsView(CitizenTabsViewModel viewModel, Messages messages, WorkbenchProperties properties,
      DecisionWorkspace workspace, BackgroundTasks tasks, Clock clock, ActingForTabs actingFor,
      ObjectProvider<LetterDesk> letterDesk, LetterPreviewWindow letterPreviews) {
    CitizenTabsView view = new CitizenTabsView(viewModel, messages, properties.calls().autosave());
    view.extend(actingFor);
    view.setDecisionsOpener((cpr, back) -> {
      var decisions = new DecisionWorkspaceViewModel(cpr, workspace, tasks, messages, clock);
      var pane = new DecisionWorkspaceView(decisions, messages, back);
      var letter = new DecisionLetterViewModel(cpr, letterDesk::getObject, actor(properties), tasks, messages,
          id -> letterPreviews.show(pane.getScene() == null ? null : pane.getScene().getWindow(), id));
      letter.decisionIdProperty().bind(decisions.selectedProperty().map(DecisionWorkspaceViewModel.DecisionItem::id));
      letter.discrepancyProperty().bind(decisions.discrepancyProperty());
      pane.addDecisionAction(new DecisionLetterBar(letter, messages));
      decisions.start();
      return pane;
    });
    return view;
  }

  /** Acting for someone, Digital Post and the access log in each citizen tab (issue 8). */
  @Bean
  ActingForTabs actingForTabs(Messages messages, Clock clock, ActingForService sessions, DigitalPostService post,
      AccessLogService accessLog, PersonSearchService search, PersonLookupService lookup, BackgroundTasks tasks,
      ProtectedAddressService addresses, ViewLoader views,
      @org.springframework.beans.factory.annotation.Value("${workbench.attorney.recheck:60s}") java.time.Duration recheck) {
    return new ActingForTabs(messages, views, clock,
        () -> new ActingForDialogViewModel(sessions, search, lookup, tasks, messages, clock),
        () -> new PowersViewModel(sessions, tasks, messages),
        () -> new DigitalPostViewModel(post, tasks, messages, clock.getZone()),
        () -> new AccessLogViewModel(accessLog, tasks, messages),
        citizen -> new AddressRevealViewModel(addresses, tasks, messages, citizen),
        new SessionRecheck(sessions, tasks, recheck));
  }


  @Bean
  BackgroundTasks backgroundTasks(ExecutorService ioExecutor) {
    return BackgroundTasks.onFxThread(ioExecutor);
  }

  @Bean
  ViewLoader viewLoader(ApplicationContext context, Messages messages) {
    return new ViewLoader(context::getBean, messages);
  }

  @Bean
  @Scope("prototype")
  MainViewModel mainViewModel(Messages messages, BackendEndpoint endpoint, ConnectionMonitor monitor,
      BackgroundTasks tasks) {
    return new MainViewModel(messages, endpoint.demo(), monitor, tasks);
  }

  /** Asks the back-ends every {@value #HEALTH_SECONDS} s whether they answer, for the connection indicator. */
  @Bean
  HealthWatch healthWatch(ApiEndpoint endpoint, WorkbenchProperties properties, ConnectionMonitor monitor) {
    return new HealthWatch(new HealthClient(endpoint, properties.backend().healthPath()), monitor,
        Duration.ofSeconds(HEALTH_SECONDS));
  }

  @Bean
  LocalDataViewModel localDataViewModel(LocalData local, BackgroundTasks tasks, Messages messages, Clock clock) {
    return new LocalDataViewModel(local, tasks, messages, clock.getZone());
  }

  @Bean
  @Scope("prototype")
  MainView mainView(MainViewModel viewModel, CitizenTabsView citizens, LocalDataViewModel localData,
      CitizenTabsViewModel tabs, ApiEndpoint endpoint, BackgroundTasks tasks, Messages messages, Appearance appearance,
      SettingsView settings, SettingsStore store, SettingsStore.Loaded loaded, BackendCertificate certificate,
      LettersView letters) {
    var queue = new FollowUpQueueViewModel(new FollowUpQueue(new InteractionsClient(endpoint)), tabs, tasks, messages);
    MainView view = new MainView(viewModel, citizens, localData, new LocalDataView(localData, messages),
        new FollowUpQueueView(queue, messages), messages);
    view.addCommands(SettingsCommands.commands(messages, appearance, settings, view::window), SettingsCommands.aliases(appearance));
    view.addCommands(List.of(new Command(messages.get("command.letters"),
        new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), () -> letters.show(view.window()))), Map.of());
    SettingsNotices.texts(messages, store.file(), loaded, certificate.problem()).forEach(view::addNotice);
    return view;
  }

  /** The user's settings (ADR 14): saving them, and "Test forbindelse" against the configured health resource. */
  @Bean
  UserSettingsService userSettingsService(SettingsStore store, WorkbenchProperties properties) {
    return new UserSettingsService(store, new ConnectionCheck(properties.backend().healthPath(), Duration.ofSeconds(SETTINGS_TEST_SECONDS)));
  }

  /** Theme and font scale of every window, as configured at start. */
  @Bean
  Appearance appearance(WorkbenchProperties properties, UserSettingsService settings, BackgroundTasks tasks) {
    return new Appearance(properties.ui().theme(), properties.ui().fontScale(), settings, tasks);
  }

  /** "Indstillinger…", opened with the settings in effect (command line, environment and saved settings together). */
  @Bean
  SettingsView settingsView(UserSettingsService settings, Appearance appearance, BackgroundTasks tasks, Messages messages,
      WorkbenchProperties properties, org.springframework.core.env.ConfigurableEnvironment environment) {
    java.util.Set<String> fixed = UserSettingsSource.fixedByDeployment(environment);
    return new SettingsView(() -> new SettingsViewModel(settings, appearance, tasks, messages,
        currentSettings(properties, fixed)), messages);
  }

  static SettingsViewModel.Current currentSettings(WorkbenchProperties properties, java.util.Set<String> fixed) {
    WorkbenchProperties.Backend backend = properties.backend();
    return new SettingsViewModel.Current(properties.mode() == WorkbenchProperties.Mode.CONNECTED,
        backend.baseUrl() == null ? "" : backend.baseUrl().toString(),
        backend.clientCertificate() == null ? "" : backend.clientCertificate().toString(),
        backend.clientCertificatePassword() == null ? "" : backend.clientCertificatePassword(),
        SettingsCheck.retentionText(properties.cache().retention()), properties.language(), properties.ui().theme(),
        properties.ui().fontScale(), fixed);
  }

  /** One main window, one look-up bar: the screen-pop drives the same view model. */
  @Bean
  LookupViewModel lookupViewModel(CitizenTabsViewModel citizens, PersonSearchService search, BackgroundTasks tasks,
      Messages messages, Clock clock) {
    return new LookupViewModel(citizens, search, tasks, messages, clock);
  }

  @Bean
  @Scope("prototype")
  LookupView lookupView(LookupViewModel viewModel) {
    return new LookupView(viewModel);
  }

  /** The signed-in staff user, as the letter workflow records them. */
  private static LetterService.Actor actor(WorkbenchProperties properties) {
    return new LetterService.Actor(properties.staff().username(), properties.staff().role());
  }

  /** Opens a stored letter's preview in a window (issue 9). */
  @Bean
  LetterPreviewWindow letterPreviewWindow(ObjectProvider<LetterDesk> letterDesk, BackgroundTasks tasks, Messages messages) {
    return new LetterPreviewWindow(letterDesk::getObject, tasks, messages);
  }

  /** The "Breve" window: letters, approval, printing, the print queue's batch (issue 9). */
  @Bean
  LettersView lettersView(ObjectProvider<LetterDesk> letterDesk, WorkbenchProperties properties, BackgroundTasks tasks,
      Messages messages, Clock clock, LetterPreviewWindow previews) {
    var viewModel = new LettersViewModel(letterDesk::getObject, actor(properties), tasks, messages, clock.getZone());
    return new LettersView(viewModel, previews, messages);
  }

  @Bean
  @Scope("prototype")
  LetterPreviewViewModel letterPreviewViewModel(BackgroundTasks tasks, Messages messages) {
    return new LetterPreviewViewModel(tasks, messages);
  }

  @Bean
  @Scope("prototype")
  LetterPreviewView letterPreviewView(LetterPreviewViewModel viewModel, Messages messages) {
    return new LetterPreviewView(viewModel, messages);
  }
}
