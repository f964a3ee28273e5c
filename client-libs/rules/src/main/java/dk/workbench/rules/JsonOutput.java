package dk.workbench.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dk.workbench.rules.parameters.LegalReference;
import dk.workbench.rules.parameters.ParameterValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The versioned JSON of explanations and comparisons. Deterministic: fixed field order, "\n" line ends. */
final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private JsonOutput() {}

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter w = new StringWriter(8192);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(INDENT).withArrayIndenter(INDENT));
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String explanation(Explanation e, Language lang) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("schemaVersion", e.schemaVersion());
      g.writeStringField("benefit", e.benefit().wireName());
      g.writeStringField("period", e.period().toString());
      g.writeStringField("language", lang.name().toLowerCase(java.util.Locale.ROOT));
      g.writeFieldName("result");
      result(g, e.result());
      g.writeArrayFieldStart("lines");
      int step = 1;
      for (Line l : e.lines()) {
        line(g, l, step++, lang);
      }
      g.writeEndArray();
      strings(g, "summary", Summary.of(e, lang));
      g.writeEndObject();
    });
  }

  static void result(JsonGenerator g, Result r) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, BigDecimal> t : r.totals().entrySet()) {
      g.writeFieldName(t.getKey());
      g.writeNumber(Num.tidy(t.getValue()));
    }
    g.writeObjectFieldStart("components");
    for (Map.Entry<String, Map<String, BigDecimal>> c : r.components().entrySet()) {
      g.writeObjectFieldStart(c.getKey());
      for (Map.Entry<String, BigDecimal> a : c.getValue().entrySet()) {
        g.writeFieldName(a.getKey());
        g.writeNumber(Num.tidy(a.getValue()));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    for (Map.Entry<String, Object> d : r.details().entrySet()) {
      g.writeFieldName(d.getKey());
      value(g, d.getValue());
    }
    strings(g, "unconfirmedParameters", r.unconfirmedParameters());
    strings(g, "missingParameters", r.missingParameters());
    g.writeEndObject();
  }

  private static void line(JsonGenerator g, Line l, int step, Language lang) throws IOException {
    g.writeStartObject();
    g.writeNumberField("step", step);
    g.writeStringField("rule", l.rule());
    if (l.subject() != null) {
      g.writeStringField("subject", l.subject());
    }
    g.writeStringField("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (l.ruleVersion() != null) {
      g.writeObjectFieldStart("ruleVersion");
      g.writeStringField("id", l.ruleVersion().id());
      if (l.ruleVersion().validFrom() != null) {
        g.writeStringField("validFrom", l.ruleVersion().validFrom().toString());
      }
      if (l.ruleVersion().validTo() != null) {
        g.writeStringField("validTo", l.ruleVersion().validTo().toString());
      }
      g.writeStringField("selectedBy", l.ruleVersion().selectedBy());
      g.writeEndObject();
    }
    g.writeStringField("text", Formats.message(l.text(), lang));
    g.writeFieldName("legalReference");
    legal(g, l.legalReference());
    g.writeArrayFieldStart("inputs");
    for (Input in : l.inputs()) {
      g.writeStartObject();
      g.writeStringField("name", in.name());
      g.writeFieldName("value");
      value(g, in.value());
      g.writeStringField("source", in.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("parameters");
    for (ParameterValue p : l.parameters()) {
      parameter(g, p);
    }
    g.writeEndArray();
    if (l.formula() != null) {
      g.writeStringField("formula", Formats.formula(l.formula(), lang));
    }
    if (l.amount() != null) {
      g.writeFieldName("amount");
      g.writeNumber(Num.tidy(l.amount()));
      g.writeStringField("unit", l.unit());
    }
    if (l.value() != null) {
      g.writeFieldName("value");
      value(g, l.value());
    }
    if (l.roundingRule() != null) {
      g.writeStringField("roundingRule", l.roundingRule());
    }
    g.writeBooleanField("unconfirmed", l.unconfirmed());
    if (!l.missingParameters().isEmpty()) {
      strings(g, "missingParameters", l.missingParameters());
    }
    g.writeEndObject();
  }

  static void parameter(JsonGenerator g, ParameterValue p) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", p.key());
    g.writeStringField("valid_from", p.validFrom().toString());
    g.writeFieldName("value");
    g.writeNumber(Num.tidy(p.value()));
    g.writeStringField("unit", p.unit());
    g.writeStringField("confidence", p.confidence().name());
    g.writeBooleanField("unconfirmed", p.unconfirmed());
    g.writeFieldName("legalReference");
    legal(g, p.legalReference());
    g.writeStringField("source", p.source());
    g.writeEndObject();
  }

  static void legal(JsonGenerator g, LegalReference r) throws IOException {
    g.writeStartObject();
    g.writeStringField("law", r.law());
    g.writeStringField("consolidation", r.consolidation());
    g.writeStringField("provision", r.provision());
    g.writeEndObject();
  }

  static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof BigDecimal b) {
      g.writeNumber(Num.tidy(b));
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long x) {
      g.writeNumber(x);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof LocalDate || v instanceof Period) {
      g.writeString(v.toString());
    } else {
      g.writeString(v.toString());
    }
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  static String comparison(ExplanationComparison c, Language lang) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("schemaVersion", Explanation.SCHEMA_VERSION);
      g.writeStringField("kind", "comparison");
      g.writeStringField("language", lang.name().toLowerCase(java.util.Locale.ROOT));
      side(g, "old", c.oldExplanation());
      side(g, "new", c.newExplanation());
      g.writeArrayFieldStart("resultChanges");
      for (ExplanationComparison.ResultChange rc : c.resultChanges()) {
        g.writeStartObject();
        g.writeStringField("field", rc.field());
        g.writeFieldName("old");
        value(g, rc.oldValue());
        g.writeFieldName("new");
        value(g, rc.newValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("lineChanges");
      for (ExplanationComparison.LineChange lc : c.lineChanges()) {
        g.writeStartObject();
        g.writeStringField("rule", lc.rule());
        if (lc.subject() != null) {
          g.writeStringField("subject", lc.subject());
        }
        g.writeStringField("change", lc.change().name().toLowerCase(java.util.Locale.ROOT));
        lineSide(g, "old", lc.oldLine(), lang);
        lineSide(g, "new", lc.newLine(), lang);
        g.writeArrayFieldStart("why");
        for (ExplanationComparison.Reason r : lc.reasons()) {
          g.writeStartObject();
          g.writeStringField("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
          if (r.name() != null) {
            g.writeStringField("name", r.name());
          }
          g.writeFieldName("old");
          value(g, r.oldValue());
          g.writeFieldName("new");
          value(g, r.newValue());
          if (r.detail() != null) {
            g.writeStringField("detail", r.detail());
          }
          g.writeStringField("text", ComparisonText.reason(r, lang));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("unchangedLines", c.unchangedLines());
      strings(g, "summary", ComparisonText.summary(c, lang));
      g.writeEndObject();
    });
  }

  private static void side(JsonGenerator g, String name, Explanation e) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("benefit", e.benefit().wireName());
    g.writeStringField("period", e.period().toString());
    g.writeFieldName("result");
    result(g, e.result());
    g.writeEndObject();
  }

  private static void lineSide(JsonGenerator g, String name, Line l, Language lang) throws IOException {
    if (l == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("text", Formats.message(l.text(), lang));
    if (l.formula() != null) {
      g.writeStringField("formula", Formats.formula(l.formula(), lang));
    }
    g.writeFieldName("amount");
    value(g, l.amount() == null ? null : Num.tidy(l.amount()));
    if (l.value() != null) {
      g.writeFieldName("value");
      value(g, l.value());
    }
    g.writeEndObject();
  }
}
