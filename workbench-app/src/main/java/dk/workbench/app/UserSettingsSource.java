package dk.workbench.app;

import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.SecretSeal;
import dk.workbench.service.settings.SettingsStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Lays the staff user's saved settings ({@code settings.properties}, see {@link SettingsStore})
 * under the deploy-time configuration: the command line, system properties, environment
 * variables and an {@code application.properties} in the working directory beat them, and they
 * beat the built-in defaults (the jar's own {@code application.properties} and the defaults in
 * {@link WorkbenchProperties}) (ADR 14). Also registers the store and what was read as beans, for the
 * settings dialog and the start-up notice. Used by the desktop app only; the command-line tools
 * take their settings from flags and properties, so that scripts give the same result for everyone.
 */
public final class UserSettingsSource implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  /** The property source's name. */
  public static final String NAME = "workbench-user-settings";
  /** Bean names. */
  static final String STORE_BEAN = "userSettingsStore";
  static final String LOADED_BEAN = "userSettingsLoaded";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    SettingsStore store = storeFor(environment);
    SettingsStore.Loaded loaded = store.load();
    Map<String, Object> values = new LinkedHashMap<>(loaded.values());
    MapPropertySource source = new MapPropertySource(NAME, values);
    // just above the application.properties inside the jar (the built-in defaults), below everything else
    environment.getPropertySources().stream().map(PropertySource::getName).filter(UserSettingsSource::builtIn).findFirst()
        .ifPresentOrElse(builtIn -> environment.getPropertySources().addBefore(builtIn, source),
            () -> environment.getPropertySources().addLast(source));
    context.getBeanFactory().registerSingleton(STORE_BEAN, store);
    context.getBeanFactory().registerSingleton(LOADED_BEAN, loaded);
  }

  /**
   * The user settings that a higher source fixes (command line, system property, environment
   * variable, an {@code application.properties} in the working directory): changing them in the
   * dialog has no effect while that source sets them.
   */
  static java.util.Set<String> fixedByDeployment(ConfigurableEnvironment environment) {
    java.util.Set<String> fixed = new java.util.TreeSet<>();
    for (String key : java.util.List.of(SettingsStore.MODE, SettingsStore.BASE_URL, SettingsStore.CERTIFICATE,
        SettingsStore.RETENTION, SettingsStore.LANGUAGE, SettingsStore.THEME, SettingsStore.FONT_SCALE)) {
      for (PropertySource<?> source : environment.getPropertySources()) {
        if (source.getName().equals("configurationProperties")) {
          continue; // Boot's view over all the others
        }
        if (source.containsProperty(key)) {
          if (!source.getName().equals(NAME) && !builtIn(source.getName())) {
            fixed.add(key);
          }
          break;
        }
      }
    }
    return fixed;
  }

  /** Spring Boot's name for a config file read from the class path (the jar's own {@code application.properties}). */
  private static boolean builtIn(String sourceName) {
    return sourceName.contains("class path resource");
  }

  /**
   * The store in the staff user's data folder: {@code workbench.cache.directory} when set, else
   * {@code <user data>/CitizenWorkbench/<workbench.staff.username>/} (the cache's folder).
   */
  static SettingsStore storeFor(ConfigurableEnvironment environment) {
    Binder binder = Binder.get(environment);
    CacheLocation location = binder.bind("workbench.cache.directory", Path.class)
        .map(CacheLocation::inDirectory)
        .orElseGet(() -> CacheLocation.forUser(binder.bind("workbench.staff.username", String.class).orElse("demo-caseworker")));
    return new SettingsStore(location.directory(), SecretSeal.at(location));
  }
}
