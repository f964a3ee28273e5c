package dk.workbench.rules.parameters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * All parameters with their dated values. Immutable and thread-safe.
 *
 * <p>{@link #standard()} is the table of the resource {@code dk/workbench/rules/parameters.json}. Tests and what-if
 * calculations can derive a table with other values through {@link #with(ParameterValue...)} or read one with
 * {@link #fromJson(String)}.
 */
public final class ParameterTable {
  /** Classpath location of the standard parameter file. */
  public static final String RESOURCE = "dk/workbench/rules/parameters.json";

  private static final Set<String> UNITS = Set.of("DKK/year", "DKK/quarter", "DKK/month", "DKK", "percent", "index");

  private final Map<String, ParameterDefinition> definitions;
  private final String version;

  private ParameterTable(Map<String, ParameterDefinition> definitions, String version) {
    this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
    this.version = version;
  }

  /** The standard table, read once from the classpath. */
  public static ParameterTable standard() {
    return Standard.TABLE;
  }

  private static final class Standard {
    static final ParameterTable TABLE = load();

    private static ParameterTable load() {
      try (InputStream in = ParameterTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Parameter file missing from the classpath: " + RESOURCE);
        }
        return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads a parameter file (format in {@code docs/rules.md}).
   *
   * @throws IllegalArgumentException naming the offending key and field when the file is malformed
   */
  public static ParameterTable fromJson(String json) {
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("Parameter file is not valid JSON: " + e.getMessage(), e);
    }
    String version = text(root, "schemaVersion", "file");
    JsonNode params = root.get("parameters");
    if (params == null || !params.isArray()) {
      throw new IllegalArgumentException("Parameter file: 'parameters' must be an array");
    }
    Map<String, ParameterDefinition> defs = new HashMap<>();
    for (JsonNode p : params) {
      String key = text(p, "key", "parameter");
      String where = "parameter " + key;
      String unit = text(p, "unit", where);
      if (!UNITS.contains(unit)) {
        throw new IllegalArgumentException(where + ": unknown unit '" + unit + "'");
      }
      Regulation regulation = Regulation.valueOf(text(p, "regulation", where).toUpperCase(Locale.ROOT));
      Role role = Role.valueOf(text(p, "role", where).toUpperCase(Locale.ROOT));
      String titleDa = text(p, "title_da", where);
      String titleEn = text(p, "title_en", where);
      String note = optionalText(p, "note");
      JsonNode values = p.get("values");
      if (values == null || !values.isArray()) {
        throw new IllegalArgumentException(where + ": 'values' must be an array (may be empty)");
      }
      List<ParameterValue> list = new ArrayList<>();
      for (JsonNode v : values) {
        String vw = where + " value " + optionalText(v, "valid_from");
        LocalDate from = date(v, "valid_from", vw);
        LocalDate to = v.hasNonNull("valid_to") ? date(v, "valid_to", vw) : null;
        JsonNode num = v.get("value");
        if (num == null || !num.isNumber()) {
          throw new IllegalArgumentException(vw + ": 'value' must be a number");
        }
        BigDecimal value = num.decimalValue();
        LegalReference ref = new LegalReference(text(v, "law", vw), optionalText(v, "consolidation"), text(v, "provision", vw));
        String source = text(v, "source", vw);
        if (!source.startsWith("https://") && !source.startsWith("http://") && !source.startsWith("RULES.md ")) {
          throw new IllegalArgumentException(vw + ": 'source' must be a URL (or, where RULES.md records no URL, start with 'RULES.md ')");
        }
        Confidence confidence = Confidence.valueOf(text(v, "confidence", vw));
        list.add(new ParameterValue(key, from, to, value, unit, regulation, role, ref, source, confidence,
            optionalText(v, "note"), titleDa, titleEn));
        checkNoUnknownFields(v, vw, Set.of("valid_from", "valid_to", "value", "law", "consolidation", "provision", "source",
            "confidence", "note"));
      }
      checkNoUnknownFields(p, where, Set.of("key", "unit", "regulation", "role", "title_da", "title_en", "note", "values"));
      list.sort(Comparator.comparing(ParameterValue::validFrom));
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i).validFrom().equals(list.get(i - 1).validFrom())) {
          throw new IllegalArgumentException(where + ": two values with valid_from " + list.get(i).validFrom());
        }
      }
      if (defs.put(key, new ParameterDefinition(key, unit, regulation, role, titleDa, titleEn, note, list)) != null) {
        throw new IllegalArgumentException("Parameter file: key declared twice: " + key);
      }
    }
    return new ParameterTable(defs, version);
  }

  /**
   * A copy of this table with extra values; a value with the same key and {@code valid_from} as an existing one
   * replaces it. A value of an unknown key declares that key.
   */
  public ParameterTable with(ParameterValue... extra) {
    Map<String, ParameterDefinition> copy = new HashMap<>(definitions);
    for (ParameterValue v : extra) {
      ParameterDefinition old = copy.get(v.key());
      List<ParameterValue> values = new ArrayList<>(old == null ? List.of() : old.values());
      values.removeIf(x -> x.validFrom().equals(v.validFrom()));
      values.add(v);
      values.sort(Comparator.comparing(ParameterValue::validFrom));
      copy.put(v.key(), old == null
          ? new ParameterDefinition(v.key(), v.unit(), v.regulation(), v.role(), v.titleDa(), v.titleEn(), null, values)
          : new ParameterDefinition(old.key(), old.unit(), old.regulation(), old.role(), old.titleDa(), old.titleEn(),
              old.note(), values));
    }
    return new ParameterTable(copy, version);
  }

  /** A copy of this table without any value of {@code key} on or after {@code from} (for what-if and tests). */
  public ParameterTable without(String key, LocalDate from) {
    Map<String, ParameterDefinition> copy = new HashMap<>(definitions);
    ParameterDefinition old = copy.get(key);
    if (old != null) {
      List<ParameterValue> values = new ArrayList<>(old.values());
      values.removeIf(x -> !x.validFrom().isBefore(from));
      copy.put(key, new ParameterDefinition(old.key(), old.unit(), old.regulation(), old.role(), old.titleDa(),
          old.titleEn(), old.note(), values));
    }
    return new ParameterTable(copy, version);
  }

  /** The value of {@code key} that applies on {@code date}, or {@code null} when it is missing. */
  public ParameterValue lookup(String key, LocalDate date) {
    ParameterDefinition d = definitions.get(key);
    return d == null ? null : d.lookup(date);
  }

  /** The definition of {@code key}, if declared. */
  public Optional<ParameterDefinition> definition(String key) {
    return Optional.ofNullable(definitions.get(key));
  }

  /** All definitions, sorted by key. */
  public Collection<ParameterDefinition> definitions() {
    return definitions.values();
  }

  /** The {@code schemaVersion} of the file the table was read from. */
  public String version() {
    return version;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode n = node.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a non-empty string");
    }
    String s = n.asText();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.contains("todo") || lower.contains("tbd") || lower.contains("fixme")) {
      throw new IllegalArgumentException(where + ": '" + field + "' is a placeholder");
    }
    return s;
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static LocalDate date(JsonNode node, String field, String where) {
    try {
      return LocalDate.parse(text(node, field, where));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a date YYYY-MM-DD");
    }
  }

  private static void checkNoUnknownFields(JsonNode node, String where, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new IllegalArgumentException(where + ": unknown field '" + f + "'");
      }
    }
  }
}
