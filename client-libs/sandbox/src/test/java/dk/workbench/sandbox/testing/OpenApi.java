package dk.workbench.sandbox.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.0 file read from the class path, and a small checker of JSON values against
 * its schemas: {@code $ref}, type, required, properties, additionalProperties false, items,
 * enum, pattern, format date and uri, minimum, maximum, maxLength. Enough for the schemas the
 * project writes; not a general JSON Schema validator.
 */
public final class OpenApi {
  private final JsonNode root;

  private OpenApi(JsonNode root) {
    this.root = root;
  }

  /** Loads e.g. {@code openapi/cpr.openapi.yaml} (from the contracts jar). */
  public static OpenApi load(String resource) {
    try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new OpenApi(new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode root() {
    return root;
  }

  /** The schema of a response body, following {@code $ref}s to components/responses. */
  public JsonNode responseSchema(String path, String method, int status, String mediaType) {
    JsonNode response = resolve(root.path("paths").path(path).path(method.toLowerCase()).path("responses")
        .path(Integer.toString(status)));
    JsonNode schema = response.path("content").path(mediaType).path("schema");
    if (schema.isMissingNode()) {
      throw new AssertionError("no schema for " + method + " " + path + " " + status + " " + mediaType);
    }
    return schema;
  }

  /** What is wrong with the value against the schema; empty when it conforms. */
  public List<String> check(JsonNode schema, JsonNode value) {
    List<String> errors = new ArrayList<>();
    check(schema, value, "$", errors);
    return errors;
  }

  /** As {@link #check(JsonNode, JsonNode)} against {@code #/components/schemas/<name>}. */
  public List<String> check(String schemaName, JsonNode value) {
    JsonNode schema = root.path("components").path("schemas").path(schemaName);
    if (schema.isMissingNode()) {
      throw new AssertionError("no schema " + schemaName);
    }
    return check(schema, value);
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; current.has("$ref"); depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/") || depth > 20) {
        throw new AssertionError("unsupported $ref " + ref);
      }
      current = root.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new AssertionError("dangling $ref " + ref);
      }
    }
    return current;
  }

  private void check(JsonNode schemaOrRef, JsonNode value, String where, List<String> errors) {
    JsonNode schema = resolve(schemaOrRef);
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        errors.add(where + ": null");
      }
      return;
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> checkObject(schema, value, where, errors);
      case "array" -> {
        if (!value.isArray()) {
          errors.add(where + ": not an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(schema.path("items"), value.get(i), where + "[" + i + "]", errors);
        }
      }
      case "string" -> checkString(schema, value, where, errors);
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          errors.add(where + ": not an integer");
          return;
        }
        if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
          errors.add(where + ": below minimum");
        }
        if (schema.has("maximum") && value.asLong() > schema.get("maximum").asLong()) {
          errors.add(where + ": above maximum");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          errors.add(where + ": not a boolean");
        }
      }
      default -> errors.add(where + ": schema without a supported type");
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String where, List<String> errors) {
    if (!value.isObject()) {
      errors.add(where + ": not an object");
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        errors.add(where + ": missing required " + required.asText());
      }
    }
    JsonNode properties = schema.path("properties");
    boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true);
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode property = properties.path(field.getKey());
      if (property.isMissingNode()) {
        if (closed) {
          errors.add(where + ": undeclared property " + field.getKey());
        }
      } else {
        check(property, field.getValue(), where + "." + field.getKey(), errors);
      }
    }
  }

  private void checkString(JsonNode schema, JsonNode value, String where, List<String> errors) {
    if (!value.isTextual()) {
      errors.add(where + ": not a string");
      return;
    }
    String text = value.asText();
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode option : schema.get("enum")) {
        listed |= option.asText().equals(text);
      }
      if (!listed) {
        errors.add(where + ": '" + text + "' not in enum");
      }
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      errors.add(where + ": does not match " + schema.get("pattern").asText());
    }
    if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
      errors.add(where + ": longer than maxLength");
    }
    switch (schema.path("format").asText("")) {
      case "date" -> {
        try {
          LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          errors.add(where + ": not a date");
        }
      }
      case "uri" -> {
        try {
          if (!URI.create(text).isAbsolute()) {
            errors.add(where + ": not an absolute URI");
          }
        } catch (IllegalArgumentException e) {
          errors.add(where + ": not a URI");
        }
      }
      default -> { }
    }
  }
}
