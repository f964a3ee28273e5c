package dk.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the code uses has a Danish and an English template. */
class TextsTest {
  private static final Pattern LITERAL_KEY = Pattern.compile("(?:\\.text|Message\\.of)\\(\"([a-z][A-Za-z0-9_.]*[A-Za-z0-9_])\"");

  @Test
  void literalKeysExist() throws Exception {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = LITERAL_KEY.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(100);
    assertThat(keys).allSatisfy(k -> assertThat(Texts.has(k)).as(k).isTrue());
  }

  @Test
  void composedKeysExist() {
    List<String> keys = new ArrayList<>();
    for (String s : List.of("single", "couplePartnerPensioner", "couplePartnerNotPensioner")) {
      keys.add("fp.civil." + s);
    }
    for (String who : List.of("own", "partner")) {
      keys.add("fp.income." + who + ".withWork");
      keys.add("fp.income." + who + ".withoutWork");
    }
    for (String band : List.of("notYet", "over18", "15_17", "turns15", "0_2", "3_6", "7_14")) {
      keys.add("bu.child.age." + band);
    }
    for (ExplanationComparison.Change c : ExplanationComparison.Change.values()) {
      keys.add("cmp.change." + c.name().toLowerCase());
    }
    for (Benefit b : Benefit.values()) {
      keys.add("benefit." + b.wireName());
    }
    assertThat(keys).allSatisfy(k -> assertThat(Texts.has(k)).as(k).isTrue());
  }

  @Test
  void danishAndEnglishDiffer() {
    assertThat(Texts.template("fp.total", Language.DA)).isNotEqualTo(Texts.template("fp.total", Language.EN));
    assertThat(Formats.money(new java.math.BigDecimal("336.5"), Language.DA)).isEqualTo("336,50 kr.");
    assertThat(Formats.money(new java.math.BigDecimal("1234567"), Language.EN)).isEqualTo("DKK 1,234,567");
    assertThat(Formats.percent(new java.math.BigDecimal("30.9"), Language.DA)).isEqualTo("30,9 %");
  }
}
