package dk.workbench.service.accesslog;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Access-log rows as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, quote, CR or LF, quotes doubled. The first row names the columns.
 */
public final class AccessLogCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("tidspunkt", "myndighed", "cvr", "aktoertype", "rolle",
      "medarbejder", "system", "handling", "data", "formaal", "retsgrundlag", "lovhenvisning", "paa_vegne_af",
      "korrelations_id");

  private final Writer out;

  public AccessLogCsv(Writer out) {
    this.out = out;
  }

  /** Writes the header row. */
  public void header() throws IOException {
    line(COLUMNS);
  }

  /** Writes one entry; a withheld employee name reads "tilbageholdt". */
  public void row(AccessLogRow r) throws IOException {
    line(List.of(r.timestamp() == null ? "" : r.timestamp().toString(), r.organisation(), r.cvr(), r.actorType(),
        r.role(), r.employeeWithheld() ? "tilbageholdt" : r.employee(), r.system(), r.action(), r.data(), r.purpose(),
        r.legalBasis(), r.legalReference(), r.onBehalfOf(), r.correlationId()));
  }

  private void line(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** The field as CSV: quoted (with quotes doubled) when it needs to be. */
  public static String quote(String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
