package dk.workbench.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.SecretSeal;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir
  Path dir;

  private SettingsStore store() {
    return new SettingsStore(dir, SecretSeal.at(CacheLocation.inDirectory(dir)));
  }

  private static Map<String, String> everything() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(SettingsStore.MODE, "connected");
    all.put(SettingsStore.BASE_URL, "https://api.example.dk/workbench/");
    all.put(SettingsStore.CERTIFICATE, "/home/medarbejder/certifikat.p12");
    all.put(SettingsStore.CERTIFICATE_PASSWORD, "Hemmelig æøå 1");
    all.put(SettingsStore.RETENTION, "30d");
    all.put(SettingsStore.LANGUAGE, "en");
    all.put(SettingsStore.THEME, "high-contrast");
    all.put(SettingsStore.FONT_SCALE, "150");
    return all;
  }

  @Test
  void whatIsSavedIsReadBack() {
    store().save(everything());

    SettingsStore.Loaded loaded = store().load();

    assertThat(loaded.values()).containsExactlyInAnyOrderEntriesOf(everything());
    assertThat(loaded.hasNotice()).isFalse();
  }

  @Test
  void thePasswordIsNeverWrittenInClear() throws Exception {
    store().save(everything());

    String text = Files.readString(dir.resolve(SettingsStore.FILE_NAME));
    assertThat(text).doesNotContain("Hemmelig").doesNotContain(SettingsStore.CERTIFICATE_PASSWORD + "=")
        .contains(SettingsStore.SEALED_PASSWORD + "=").contains("workbench.language=en");
  }

  @Test
  void theFileIsOwnerOnlyWhereTheFileSystemAllows() throws Exception {
    store().save(Map.of(SettingsStore.LANGUAGE, "en"));

    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SettingsStore.FILE_NAME))))
          .isEqualTo("rw-------");
    }
    try (var files = Files.list(dir)) { // no temporary file left behind by the atomic write
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void savingSomeSettingsKeepsTheOthersAndABlankRemovesOne() {
    store().save(everything());

    Map<String, String> changes = new LinkedHashMap<>();
    changes.put(SettingsStore.FONT_SCALE, "110");
    changes.put(SettingsStore.BASE_URL, "");
    store().save(changes);

    Map<String, String> values = store().load().values();
    assertThat(values).containsEntry(SettingsStore.FONT_SCALE, "110").containsEntry(SettingsStore.LANGUAGE, "en")
        .doesNotContainKey(SettingsStore.BASE_URL);
  }

  @Test
  void noFileMeansNoSettingsAndNoNotice() {
    SettingsStore.Loaded loaded = store().load();

    assertThat(loaded.values()).isEmpty();
    assertThat(loaded.hasNotice()).isFalse();
  }

  @Test
  void aCorruptFileGivesTheDefaultsAndANotice() throws Exception {
    Files.write(dir.resolve(SettingsStore.FILE_NAME), new byte[] {(byte) 0xff, (byte) 0xfe, 'x', '=', (byte) 0xc3, 0x28});

    SettingsStore.Loaded loaded = store().load();

    assertThat(loaded.unreadable()).isTrue();
    assertThat(loaded.values()).isEmpty();
    assertThat(loaded.hasNotice()).isTrue();
  }

  @Test
  void aBrokenEscapeIsCorruptToo() throws Exception {
    Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "workbench.language=\\u00zz\n");

    assertThat(store().load().unreadable()).isTrue();
  }

  @Test
  void valuesThatBreakTheRulesAreLeftOutAndNamed() throws Exception {
    Files.writeString(dir.resolve(SettingsStore.FILE_NAME), String.join("\n",
        "workbench.language=en",
        "workbench.ui.font-scale=900",
        "workbench.backend.base-url=ftp://example.dk/",
        "workbench.cache.retention=-3d",
        "workbench.ui.theme=purple",
        "workbench.unknown=1"));

    SettingsStore.Loaded loaded = store().load();

    assertThat(loaded.values()).containsExactly(Map.entry(SettingsStore.LANGUAGE, "en"));
    assertThat(loaded.ignored()).containsExactlyInAnyOrder(SettingsStore.FONT_SCALE, SettingsStore.BASE_URL,
        SettingsStore.RETENTION, SettingsStore.THEME, "workbench.unknown");
    assertThat(loaded.hasNotice()).isTrue();
  }

  @Test
  void aPasswordSealedUnderADestroyedKeyIsLeftOutWithANotice() {
    store().save(everything());
    KeyFileProvider.at(CacheLocation.inDirectory(dir)).destroy(); // what "Slet cache" does

    SettingsStore.Loaded loaded = store().load();

    assertThat(loaded.values()).doesNotContainKey(SettingsStore.CERTIFICATE_PASSWORD)
        .containsEntry(SettingsStore.CERTIFICATE, "/home/medarbejder/certifikat.p12");
    assertThat(loaded.ignored()).containsExactly(SettingsStore.CERTIFICATE_PASSWORD);
  }

  @Test
  void savingAnInvalidValueIsRefused() {
    assertThatThrownBy(() -> store().save(Map.of(SettingsStore.RETENTION, "fourteen days")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().save(Map.of("workbench.mode.extra", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
