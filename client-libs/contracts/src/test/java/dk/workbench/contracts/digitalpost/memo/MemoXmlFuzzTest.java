package dk.workbench.contracts.digitalpost.memo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link MemoXml#read(byte[])} with Jazzer: whatever the bytes, it returns a message
 * or throws {@link MemoParseException}; any other exception or error fails. Seeds: the four
 * MeMo samples in {@code MemoXmlFuzzTestInputs/read/}. The normal build runs the seeds
 * (regression mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=MemoXmlFuzzTest} fuzzes.
 */
class MemoXmlFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void read(byte[] input) {
    MemoMessage message;
    try {
      message = MemoXml.read(input);
    } catch (MemoParseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    // whatever reads must write and read back to the same message
    try {
      assertThat(MemoXml.read(MemoXml.write(message))).isEqualTo(message);
    } catch (MemoParseException e) {
      throw new AssertionError("a message that was read could not be read back after writing", e);
    }
  }
}
