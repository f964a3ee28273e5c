package dk.workbench.contracts.problem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}), as every back-end
 * answers an error.
 *
 * @param type a URI naming the kind of problem
 * @param title short, the same for every occurrence of the type
 * @param status the HTTP status
 * @param detail this occurrence; never contains personal data
 * @param instance the request path with personal identifiers masked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String MEDIA_TYPE = "application/problem+json";
}
