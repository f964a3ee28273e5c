package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installers' hand-written runtime module list (installer/common.sh, mirrored in
 * installer/windows/build.ps1) stays in step: both scripts list the same modules, each is a
 * real JDK module, and the JDK APIs the sources use are in it. The installers themselves are
 * built by installer/linux/build.sh, not by {@code mvn verify}; installer/linux/smoke-test.sh
 * runs the built image.
 */
class InstallerConfigTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern SH_MODULES = Pattern.compile("(?m)^MODULES=\"([^\"]+)\"");
  private static final Pattern PS_MODULES = Pattern.compile("(?m)^\\$Modules = '([^']+)'");

  /** A use in the sources (import or call) → the module it needs in the runtime. */
  private static final Map<String, String> USES = Map.of(
      "com.sun.net.httpserver.", "jdk.httpserver",   // the embedded sandbox (demo mode)
      "java.net.http.", "java.net.http",
      "java.sql.", "java.sql",
      "java.lang.management.", "java.management",
      "javax.xml.stream.", "java.xml",
      "RandomGenerator", "jdk.random");               // the default algorithm L32X64MixRandom lives in jdk.random

  @Test
  void bothScriptsListTheSameRealModules() throws IOException {
    List<String> linux = modules(ROOT.resolve("installer/common.sh"), SH_MODULES);
    List<String> windows = modules(ROOT.resolve("installer/windows/build.ps1"), PS_MODULES);

    assertThat(windows).isEqualTo(linux);
    assertThat(linux).contains("java.base", "java.desktop", "jdk.localedata", "jdk.unsupported").doesNotHaveDuplicates();
    List<String> unknown = linux.stream().filter(m -> ModuleLayer.boot().findModule(m).isEmpty()).toList();
    assertThat(unknown).as("not modules of this JDK").isEmpty();
  }

  @Test
  void theJdkApisTheSourcesUseAreInTheRuntime() throws IOException {
    List<String> modules = modules(ROOT.resolve("installer/common.sh"), SH_MODULES);
    TreeSet<String> used = new TreeSet<>();
    List<Path> sources = new ArrayList<>();
    for (Path folder : List.of(ROOT.resolve("workbench-app/src/main/java"), ROOT.resolve("client-libs"))) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src" + java.io.File.separator + "main"))
            .forEach(sources::add);
      }
    }
    for (Path source : sources) {
      String text = Files.readString(source);
      USES.forEach((use, module) -> {
        if (text.contains(use)) {
          used.add(module);
        }
      });
    }
    assertThat(sources).hasSizeGreaterThan(50);
    assertThat(used).as("modules the sources need").contains("jdk.httpserver", "java.sql");
    assertThat(modules).containsAll(used);
  }

  private static List<String> modules(Path script, Pattern pattern) throws IOException {
    Matcher m = pattern.matcher(Files.readString(script));
    assertThat(m.find()).as("module list in " + script).isTrue();
    return Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
  }
}
