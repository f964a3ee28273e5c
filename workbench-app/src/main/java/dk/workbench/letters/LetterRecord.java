package dk.workbench.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import java.util.Objects;

/**
 * What is stored with every letter so the identical letter can be rendered again: the template
 * version it was made with, its language, whether it is the large-print variant, and the
 * template's inputs as JSON (the composed {@link Letter}: every text and amount as printed).
 * The inputs are stored rather than recomputed because rates, texts and the CPR register change
 * after a letter is sent; a reprint must show what was sent.
 *
 * @param templateVersion {@link Letter#TEMPLATE_VERSION} at the time the letter was made
 * @param language {@code da-DK} or {@code en-GB}
 * @param largePrint true for the large-print variant
 * @param inputsJson the {@link Letter} as JSON
 */
public record LetterRecord(String templateVersion, String language, boolean largePrint, String inputsJson) {
  private static final ObjectMapper JSON = ContractsJson.newMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public LetterRecord {
    Objects.requireNonNull(templateVersion, "templateVersion");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(inputsJson, "inputsJson");
  }

  /** The record of a letter made with the current template. */
  public static LetterRecord of(Letter letter) {
    try {
      return new LetterRecord(Letter.TEMPLATE_VERSION, letter.language(), letter.largePrint(), JSON.writeValueAsString(letter));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a letter could not be written as JSON", e);
    }
  }

  /**
   * The letter to render again.
   *
   * @throws LetterException when the record was made with a template this version cannot render, or is unreadable
   */
  public Letter letter() throws LetterException {
    if (!Letter.TEMPLATE_VERSION.equals(templateVersion)) {
      throw new LetterException("The letter was made with template version " + templateVersion
          + "; this workbench renders version " + Letter.TEMPLATE_VERSION);
    }
    try {
      Letter letter = JSON.readValue(inputsJson, Letter.class);
      if (!letter.language().equals(language) || letter.largePrint() != largePrint) {
        throw new LetterException("The stored letter does not match its record (language or print size)");
      }
      return letter;
    } catch (JsonProcessingException e) {
      throw new LetterException("The stored letter is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  /** The whole record as JSON (what a store keeps). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a letter record could not be written as JSON", e);
    }
  }

  /** A record from {@link #toJson()}. */
  public static LetterRecord fromJson(String json) throws LetterException {
    try {
      return JSON.readValue(json, LetterRecord.class);
    } catch (JsonProcessingException e) {
      throw new LetterException("The stored letter record is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "LetterRecord[template " + templateVersion + ", " + language + (largePrint ? ", large print" : "") + "]";
  }
}
