package dk.workbench.contracts.digitalpost.memo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The four MeMo 1.2 sample messages of {@code shared/specs/memo}, copied once into the test
 * resources where Jazzer looks for {@link MemoXmlFuzzTest}'s seed corpus and shared with the
 * golden tests.
 */
final class MemoSamples {
  static final List<String> NAMES = List.of(
      "MeMo_Full_Example.xml", "MeMo_Minimum_Example.xml", "MeMo_NemSMS.xml", "MeMo_with_attachment.xml");

  private static final String DIRECTORY = "MemoXmlFuzzTestInputs/read/";

  private MemoSamples() {}

  static byte[] bytes(String name) {
    try (InputStream in = MemoSamples.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not among the test resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
