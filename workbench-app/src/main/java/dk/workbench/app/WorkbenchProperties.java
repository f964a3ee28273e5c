package dk.workbench.app;

import dk.workbench.contracts.auth.StaffRole;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deploy-time configuration, bound from {@code workbench.*} (application.properties next to
 * the jar, environment variables such as {@code WORKBENCH_MODE}, or {@code --workbench.mode=…}).
 *
 * @param mode {@code demo} (default: embedded sandbox with synthetic people) or {@code connected}
 * @param language UI language, {@code da} (default) or {@code en}
 * @param staff who the workbench signs in as
 */
@ConfigurationProperties("workbench")
public record WorkbenchProperties(
    @DefaultValue("demo") Mode mode,
    @DefaultValue("da") String language,
    @DefaultValue Backend backend,
    @DefaultValue Sandbox sandbox,
    @DefaultValue Http http,
    @DefaultValue Staff staff,
    @DefaultValue Cache cache,
    @DefaultValue Calls calls,
    @DefaultValue Ui ui) {

  public enum Mode {
    DEMO,
    CONNECTED
  }

  /**
   * @param baseUrl root of the back-end APIs; required in connected mode
   * @param healthPath the resource below it that says whether the back-ends answer
   * @param clientCertificate a PKCS#12 file the HTTP client presents for mutual TLS; none when empty
   * @param clientCertificatePassword its password (from the user settings, where it is stored sealed)
   */
  public record Backend(URI baseUrl, @DefaultValue("sandbox/v1/health") String healthPath,
      java.nio.file.Path clientCertificate, String clientCertificatePassword) {
    @Override
    public String toString() { // never the password
      return "Backend[baseUrl=" + baseUrl + ", healthPath=" + healthPath + ", clientCertificate=" + clientCertificate + "]";
    }
  }

  /**
   * The window's look (also saved per user by the settings dialog, Ctrl+Plus/Minus/0).
   *
   * @param theme {@code standard} or {@code high-contrast}
   * @param fontScale text size in percent of the 14 px base, 80–200
   */
  public record Ui(@DefaultValue("STANDARD") dk.workbench.service.settings.Theme theme,
      @DefaultValue("100") int fontScale) {}

  /**
   * @param port 0 = a free loopback port
   * @param seed the synthetic population's seed
   * @param faults fault injection in the sandbox's text form (docs/sandbox.md), empty for none
   */
  public record Sandbox(@DefaultValue("0") int port, @DefaultValue("2026") long seed, @DefaultValue("") String faults) {}

  /**
   * The staff user the workbench signs in as (demo: a token from the sandbox).
   *
   * @param username login name, letters/digits/dot/dash
   * @param role CALL_AGENT, CASEWORKER (default) or SUPERVISOR
   * @param organisation the employing authority, as recorded in the citizen's access log
   * @param organisationCvr its CVR number (8 digits)
   */
  public record Staff(
      @DefaultValue("demo-caseworker") String username,
      @DefaultValue("CASEWORKER") StaffRole role,
      @DefaultValue("Aarhus Kommune") String organisation,
      @DefaultValue("55133018") String organisationCvr) {}

  /**
   * The encrypted local cache of overview sections (shown marked "Offline" when a back-end fails).
   *
   * @param enabled false to keep nothing on disk
   * @param directory where the cache lives; empty for the OS user-data folder, per staff user
   * @param retention how long a cached section is kept
   */
  public record Cache(@DefaultValue("true") boolean enabled, java.nio.file.Path directory,
      @DefaultValue("14d") Duration retention) {}

  /**
   * The call-centre's interaction records.
   *
   * @param reasons the reason codes offered, in order (names of {@code InteractionReason}); empty for all
   * @param wrapUpRequired whether a citizen's tab closes only once its call is wrapped up
   * @param autosave how often the notes of a call in progress are saved locally
   */
  public record Calls(java.util.List<dk.workbench.contracts.interactions.InteractionReason> reasons,
      @DefaultValue("true") boolean wrapUpRequired, @DefaultValue("3s") Duration autosave) {}

  public record Http(
      @DefaultValue("3s") Duration connectTimeout,
      @DefaultValue("10s") Duration readTimeout,
      @DefaultValue("15s") Duration callTimeout) {}
}
