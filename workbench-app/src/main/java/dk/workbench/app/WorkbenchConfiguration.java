package dk.workbench.app;

import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.cases.CasesClient;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.clients.letters.LettersClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.rules.RulesEngine;
import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.service.explanation.SupervisorReports;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.access.AccessLogRecorder;
import dk.workbench.service.connection.ConnectionMonitor;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.service.offline.LocalData;
import dk.workbench.service.lookup.PersonSearchService;
import dk.workbench.service.overview.BackendSections;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.service.overview.SectionSource;
import dk.workbench.service.overview.CachedSections;
import dk.workbench.service.overview.SectionStore;
import dk.workbench.service.overview.SideCalls;
import dk.workbench.cache.AuditLog;
import dk.workbench.cache.DraftStore;
import dk.workbench.service.calls.CallService;
import dk.workbench.service.calls.CallStore;
import dk.workbench.service.calls.DirectCallStore;
import dk.workbench.service.calls.LocalCallStore;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.access.AuditedRecorder;
import dk.workbench.cache.ConsentTable;
import dk.workbench.service.accesslog.AccessLogService;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.VerbalConsentStore;
import dk.workbench.service.lookup.ProtectedAddressService;
import dk.workbench.service.digitalpost.DigitalPostService;
import dk.workbench.service.outbox.OutboxAccessRecorder;
import dk.workbench.service.outbox.OutboxDeliveries;
import dk.workbench.service.outbox.OutboxWrites;
import dk.workbench.ui.common.Messages;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.letters.LetterComposer;
import dk.workbench.service.letters.DecisionLetters;
import dk.workbench.service.letters.LetterService;
import dk.workbench.cache.CacheDatabase;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

  /** The client certificate for mutual TLS, when one is configured (ADR 14). */
  @Bean
  BackendCertificate backendCertificate(WorkbenchProperties properties) {
    return BackendCertificate.from(properties);
  }

  /** The shared client for every API: a bearer token for the configured staff user on each call. */
  @Bean
  ApiEndpoint apiEndpoint(WorkbenchProperties properties, BackendEndpoint backend, BackendCertificate certificate) {
    WorkbenchProperties.Http http = properties.http();
    var settings = new HttpSettings(http.connectTimeout(), http.readTimeout(), http.callTimeout(), "CitizenWorkbench/0.1");
    OkHttpClient plain = certificate.applyTo(HttpClients.newClient(settings).newBuilder()).addInterceptor(backend.readiness()).build();
    WorkbenchProperties.Staff staff = properties.staff();
    var tokens = new SandboxTokenSource(ApiEndpoint.of(backend.baseUrl(), plain), staff.username(), staff.role(),
        staff.organisation());
    OkHttpClient authenticated = certificate.applyTo(HttpClients.newClient(settings, tokens).newBuilder())
        .addInterceptor(backend.readiness())
        .build();
    return ApiEndpoint.of(backend.baseUrl(), authenticated);
  }

  @Bean
  CprClient cprClient(ApiEndpoint endpoint) {
    return new CprClient(endpoint);
  }

  @Bean
  PersonSearchService personSearchService(CprClient cprClient) {
    return new PersonSearchService(cprClient);
  }

  @Bean
  PersonLookupService personLookupService(CprClient cprClient, Clock clock) {
    return new PersonLookupService(cprClient, clock);
  }

  /** The overview's sections, in display order, each from its own back-end. */
  @Bean
  OverviewService overviewService(PersonLookupService person, ApiEndpoint endpoint, ExecutorService ioExecutor,
      SideCalls sideCalls, SectionStore store, AccessRecorder recorder, Clock clock, ConnectionMonitor monitor) {
    List<SectionSource<?>> sources = new ArrayList<>();
    sources.add(person);
    sources.addAll(BackendSections.of(new FuldmagtClient(endpoint), new CasesClient(endpoint),
        new BenefitsClient(endpoint), new DigitalPostClient(endpoint), new InteractionsClient(endpoint), clock,
        sideCalls));
    var overview = new OverviewService(sources, recorder, ioExecutor, clock);
    overview.useStore(store);
    overview.addObserver(monitor::sectionFinished);
    return overview;
  }

  /** How every access is recorded: with the local cache the audit log, then the durable outbox; else straight to the access log. */
  @Bean
  AccessRecorder accessRecorder(ApiEndpoint endpoint, WorkbenchProperties properties, LocalCache cache,
      OutboxService outbox) {
    WorkbenchProperties.Staff staff = properties.staff();
    var accessLog = new AccessLogRecorder(new AccessLogClient(endpoint),
        new Organisation(staff.organisation(), staff.organisationCvr()), staff.role());
    return cache.database()
        .<AccessRecorder>map(db -> new AuditedRecorder(new AuditLog(db), staff.username(), staff.role(),
            new OutboxAccessRecorder(accessLog, new OutboxWrites(db, outbox.outbox()), outbox.sender())))
        .orElse(accessLog);
  }

  /** Acting-for sessions (ADR 11); verbal consents kept in the local cache when there is one. */
  @Bean
  ActingForService actingForService(ApiEndpoint endpoint, LocalCache cache, AccessRecorder recorder, Clock clock,
      WorkbenchProperties properties) {
    VerbalConsentStore consents = cache.database().map(db -> VerbalConsentStore.in(new ConsentTable(db)))
        .orElseGet(VerbalConsentStore::inMemory);
    return new ActingForService(new FuldmagtClient(endpoint), consents, recorder, clock, properties.staff().username());
  }

  @Bean
  DigitalPostService digitalPostService(ApiEndpoint endpoint, ActingForService sessions, WorkbenchProperties properties,
      Clock clock) {
    return new DigitalPostService(new DigitalPostClient(endpoint), sessions, properties.staff().role(), clock);
  }

  /** Reveals a protected address for a stated reason, recorded. */
  @Bean
  ProtectedAddressService protectedAddressService(CprClient cprClient, AccessRecorder recorder,
      WorkbenchProperties properties, Clock clock) {
    return new ProtectedAddressService(cprClient, recorder, properties.staff().role(), clock);
  }

  @Bean
  AccessLogService accessLogService(ApiEndpoint endpoint, AccessRecorder recorder, Clock clock,
      ActingForService sessions) {
    return new AccessLogService(new AccessLogClient(endpoint), recorder, clock, sessions);
  }

  /**
   * The encrypted local cache (ADR 5), old rows purged at start; none when disabled or when its
   * folder cannot be used (then the overview has no offline copy and no local audit log).
   */
  @Bean
  LocalCache localCache(WorkbenchProperties properties, Clock clock) {
    return LocalCache.open(properties, clock);
  }

  /** The outbox of what the workbench writes, and its sender (started here, stopped with the app). */
  @Bean
  OutboxService outboxService(LocalCache cache, ApiEndpoint endpoint, Clock clock) {
    var deliveries = new java.util.HashMap<>(OutboxDeliveries.of(new AccessLogClient(endpoint), new InteractionsClient(endpoint)));
    deliveries.put(OutboxWrites.LETTER, OutboxDeliveries.digitalPost(new DigitalPostClient(endpoint)));
    return OutboxService.start(cache, deliveries, clock);
  }

  /**
   * The letter workflow on the shared letters API (the local cache keeps the audit log and the
   * outbox); made when first used, and refused when there is no cache.
   */
  @Bean
  @org.springframework.context.annotation.Lazy
  LetterService letterService(LocalCache cache, OutboxService outbox, ApiEndpoint endpoint, Clock clock) {
    CacheDatabase db = cache.database()
        .orElseThrow(() -> new IllegalStateException("letters need the local cache, which is disabled or unavailable"));
    return new LetterService(db, new LettersClient(endpoint), new AuditLog(db), new OutboxWrites(db, outbox.outbox()), clock);
  }

  /**
   * The letter screens' use cases; made when first used. "Udskriv" prints through the system print
   * dialog, or to PDF files in {@code workbench.letters.print-folder} when that is set (headless runs).
   */
  @Bean
  @org.springframework.context.annotation.Lazy
  dk.workbench.service.letters.LetterDesk letterDesk(DecisionLetters decisionLetters, LetterService letters,
      @org.springframework.beans.factory.annotation.Value("${workbench.letters.print-folder:}") String printFolder) {
    return new dk.workbench.service.letters.LetterDesk(decisionLetters, letters,
        printFolder.isBlank() ? null : java.nio.file.Path.of(printFolder));
  }

  /** The outbox and cache for the status bar and the "Udbakke" panel. */
  @Bean
  LocalData localData(LocalCache cache, OutboxService outbox) {
    return cache.database().map(db -> new LocalData(db, outbox.outbox(), outbox.sender()))
        .orElseGet(() -> LocalData.none(cache.unavailable()));
  }

  @Bean
  Retention retention(LocalData local, WorkbenchProperties properties) {
    return new Retention(local, properties.cache().retention());
  }

  /** Interaction records of calls: drafts in the local cache and records through the outbox; without a cache, direct. */
  @Bean
  CallService callService(LocalCache cache, OutboxService outbox, ApiEndpoint endpoint, WorkbenchProperties properties,
      Clock clock) {
    CallStore store = cache.database()
        .<CallStore>map(db -> new LocalCallStore(new DraftStore(db), new OutboxWrites(db, outbox.outbox()), outbox.sender(), clock))
        .orElseGet(() -> new DirectCallStore(new InteractionsClient(endpoint)));
    return new CallService(store, new CallService.Settings(properties.calls().reasons(), properties.calls().wrapUpRequired()),
        clock);
  }

  /** The decision workspace (issue 7); a discrepancy for a supervisor goes through the outbox when there is a cache. */
  @Bean
  DecisionWorkspace decisionWorkspace(ApiEndpoint endpoint, LocalCache cache, OutboxService outbox, Clock clock) {
    SupervisorReports reports = cache.database()
        .map(db -> SupervisorReports.outbox(new OutboxWrites(db, outbox.outbox()), outbox.sender()::wakeUp))
        .orElseGet(() -> SupervisorReports.direct(new InteractionsClient(endpoint)));
    return new DecisionWorkspace(new DecisionsClient(endpoint), new BenefitsClient(endpoint), RulesEngine.standard(),
        reports, clock);
  }

  @Bean
  SectionStore sectionStore(LocalCache cache) {
    return cache.database().<SectionStore>map(CachedSections::new).orElse(SectionStore.NONE);
  }

  @Bean
  SideCalls sideCalls() {
    return new SideCalls();
  }

  @Bean
  ConnectionMonitor connectionMonitor() {
    return new ConnectionMonitor();
  }

  @Bean
  AccessGuard accessGuard() {
    return new AccessGuard();
  }

  @Bean
  DecisionLetters decisionLetters(ApiEndpoint endpoint, CprClient cprClient, Clock clock) {
    return new DecisionLetters(new DecisionsClient(endpoint), cprClient, new LetterComposer(), clock);
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService ioExecutor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, "workbench-io-" + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) -> {
        // in the window, the error dialog (ErrorReporter, the default handler) logs it masked and shows it
        Thread.UncaughtExceptionHandler reporter = Thread.getDefaultUncaughtExceptionHandler();
        if (reporter != null) {
          reporter.uncaughtException(t, e);
        } else {
          log.error("Uncaught failure on {}", t.getName(), e);
        }
      });
      return thread;
    };
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        IO_THREADS, IO_THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
