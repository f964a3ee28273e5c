package dk.workbench.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheLocationTest {

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertThat(CacheLocation.userDataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
        .isEqualTo(Path.of("/data/me"));
    assertThat(CacheLocation.userDataFolder("Linux", Map.of(), "/home/me"))
        .isEqualTo(Path.of("/home/me/.local/share"));
    // the XDG spec says relative paths are invalid and must be ignored
    assertThat(CacheLocation.userDataFolder("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/me"))
        .isEqualTo(Path.of("/home/me/.local/share"));
  }

  @Test
  void windowsUsesLocalAppData() {
    assertThat(CacheLocation.userDataFolder("Windows 11", Map.of("LOCALAPPDATA", "/users/me/AppData/Local"), "/users/me"))
        .isEqualTo(Path.of("/users/me/AppData/Local"));
    assertThat(CacheLocation.userDataFolder("Windows 11", Map.of(), "/users/me"))
        .isEqualTo(Path.of("/users/me", "AppData", "Local"));
  }

  @Test
  void macOsUsesApplicationSupport() {
    assertThat(CacheLocation.userDataFolder("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), "/Users/me"))
        .isEqualTo(Path.of("/Users/me/Library/Application Support"));
  }

  @Test
  void oneFolderPerStaffUser(@TempDir Path dir) {
    CacheLocation location = CacheLocation.forUser(dir, "demo-caseworker");
    assertThat(location.databaseFile()).isEqualTo(dir.resolve("CitizenWorkbench/demo-caseworker/cache.db").toAbsolutePath());
    assertThat(location.keyFile()).isEqualTo(dir.resolve("CitizenWorkbench/demo-caseworker/cache.key").toAbsolutePath());
    assertThat(CacheLocation.forUser(dir, "AARHUS\\jens").directory().getFileName()).hasToString("AARHUS_jens");
    assertThat(CacheLocation.forUser(dir, "../../etc").directory().getFileName()).hasToString(".._.._etc");
    assertThat(CacheLocation.forUser(dir, "../../etc").directory().getParent()).isEqualTo(dir.resolve("CitizenWorkbench").toAbsolutePath());
    assertThatThrownBy(() -> CacheLocation.forUser(dir, "..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CacheLocation.forUser(dir, " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overriddenByAGivenDirectory(@TempDir Path dir) {
    assertThat(CacheLocation.inDirectory(dir).databaseFile()).isEqualTo(dir.resolve("cache.db").toAbsolutePath());
    assertThat(CacheLocation.inDirectory(dir).databaseFiles()).hasSize(4);
  }
}
