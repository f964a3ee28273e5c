package dk.workbench.app;

import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.ViewLoader;
import dk.workbench.ui.lookup.LookupView;
import dk.workbench.ui.lookup.LookupViewModel;
import dk.workbench.ui.main.MainView;
import dk.workbench.ui.overview.CitizenTabsView;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import dk.workbench.ui.overview.SectionPresenter;
import dk.workbench.ui.main.MainViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * The desktop app's wiring. Explicit beans, no component scanning and no auto-configuration:
 * the context starts in a fraction of a second and every dependency is visible here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkbenchProperties.class)
public class WorkbenchConfiguration {
  private static final Logger log = LoggerFactory.getLogger(WorkbenchConfiguration.class);
  /** Fan-out to a handful of back-ends per citizen, a few citizens at once. */
  private static final int IO_THREADS = 16;

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Copenhagen"));
  }

  @Bean
  Messages messages(WorkbenchProperties properties) {
    return new Messages(Locale.forLanguageTag(properties.language()));
  }

  @Bean
  BackendEndpoint backendEndpoint(WorkbenchProperties properties) {
    return BackendEndpoint.from(properties);
  }

  /** The shared client for every API: a bearer token for the configured staff user on each call. */
  @Bean
  ApiEndpoint apiEndpoint(WorkbenchProperties properties, BackendEndpoint backend) {
    WorkbenchProperties.Http http = properties.http();
    var settings = new HttpSettings(http.connectTimeout(), http.readTimeout(), http.callTimeout(), "CitizenWorkbench/0.1");
    OkHttpClient plain = HttpClients.newClient(settings);
    WorkbenchProperties.Staff staff = properties.staff();
    var tokens = new SandboxTokenSource(ApiEndpoint.of(backend.baseUrl(), plain), staff.username(), staff.role(),
        staff.organisation());
    return ApiEndpoint.of(backend.baseUrl(), HttpClients.newClient(settings, tokens));
  }

  @Bean
  CprClient cprClient(ApiEndpoint endpoint) {
    return new CprClient(endpoint);
  }

  @Bean
  PersonLookupService personLookupService(CprClient cprClient, Clock clock) {
    return new PersonLookupService(cprClient, clock);
  }

  /** The overview's sections, in display order, each from its own back-end. */
  @Bean
  OverviewService overviewService(PersonLookupService person, ExecutorService ioExecutor, Clock clock) {
    return new OverviewService(List.of(person), ioExecutor, clock);
  }

  @Bean
  AccessGuard accessGuard() {
    return new AccessGuard();
  }

  @Bean
  CitizenTabsViewModel citizenTabsViewModel(OverviewService overview, AccessGuard guard, WorkbenchProperties properties,
      Messages messages, BackgroundTasks tasks, Clock clock) {
    return new CitizenTabsViewModel(overview, guard, properties.staff().role(), new SectionPresenter(messages), tasks,
        messages, clock.getZone());
  }

  @Bean
  @Scope("prototype")
  CitizenTabsView citizenTabsView(CitizenTabsViewModel viewModel, Messages messages) {
    return new CitizenTabsView(viewModel, messages);
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService ioExecutor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, "workbench-io-" + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) -> log.error("Uncaught failure on {}", t.getName(), e));
      return thread;
    };
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        IO_THREADS, IO_THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
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
  MainViewModel mainViewModel(Messages messages, BackendEndpoint endpoint) {
    return new MainViewModel(messages, endpoint.demo());
  }

  @Bean
  @Scope("prototype")
  MainView mainView(MainViewModel viewModel, CitizenTabsView citizens) {
    return new MainView(viewModel, citizens);
  }

  @Bean
  @Scope("prototype")
  LookupViewModel lookupViewModel(CitizenTabsViewModel citizens, Messages messages, Clock clock) {
    return new LookupViewModel(citizens, messages, clock);
  }

  @Bean
  @Scope("prototype")
  LookupView lookupView(LookupViewModel viewModel) {
    return new LookupView(viewModel);
  }
}
