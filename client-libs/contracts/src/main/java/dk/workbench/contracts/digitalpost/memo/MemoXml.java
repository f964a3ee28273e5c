package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamWriter2;
import org.codehaus.stax2.util.StreamWriter2Delegate;

/**
 * Reads and writes MeMo 1.2 XML ({@link MemoMessage}), with the namespaces and prefixes of the
 * official examples. Thread-safe.
 *
 * <p>Reading is meant for untrusted input: no DTDs (so no external entities, no entity
 * expansion), at most {@value #MAX_BYTES} bytes, bounded nesting, and every failure is a
 * {@link MemoParseException} whose message names elements and positions, never content.
 * Unknown elements are skipped, so a newer MeMo minor version still reads.
 *
 * <pre>{@code
 * MemoMessage message = MemoXml.read(bytes);
 * byte[] xml = MemoXml.write(message);
 * }</pre>
 */
public final class MemoXml {
  /** The largest message read: 16 MiB, room for a letter with several PDF enclosures. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** The media type of MeMo on the wire. */
  public static final String MEDIA_TYPE = "application/xml";

  private static final int MAX_DEPTH = 64;
  private static final XMLInputFactory INPUT = inputFactory();
  private static final XMLOutputFactory OUTPUT = outputFactory();
  private static final XmlMapper MAPPER = mapper();

  private MemoXml() {}

  /** Reads one message from at most {@value #MAX_BYTES} bytes of the stream (which is not closed). */
  public static MemoMessage read(InputStream in) throws MemoParseException {
    Objects.requireNonNull(in, "in == null");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new MemoParseException("The message could not be read: " + e.getClass().getSimpleName(), e);
    }
    return read(bytes);
  }

  /** Reads one message. */
  public static MemoMessage read(byte[] xml) throws MemoParseException {
    Objects.requireNonNull(xml, "xml == null");
    if (xml.length > MAX_BYTES) {
      throw new MemoParseException("The message is larger than " + MAX_BYTES + " bytes.");
    }
    MemoMessage message;
    XMLStreamReader reader = null;
    try {
      reader = INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
      toRoot(reader);
      message = MAPPER.readValue(reader, MemoMessage.class);
    } catch (XMLStreamException e) {
      throw new MemoParseException("Not well-formed XML" + at(e.getLocation()) + ".", e);
    } catch (WstxLazyException e) {
      javax.xml.stream.Location location = e.getCause() instanceof XMLStreamException cause ? cause.getLocation() : null;
      throw new MemoParseException("Not well-formed XML" + at(location) + ".", e);
    } catch (JsonMappingException e) {
      XMLStreamException syntax = syntaxCause(e);
      if (syntax != null) {
        throw new MemoParseException("Not well-formed XML" + at(syntax.getLocation()) + ".", e);
      }
      throw new MemoParseException("The element " + path(e) + " has a wrong value or shape" + at(e.getLocation()) + ".",
          e);
    } catch (JacksonException e) {
      throw new MemoParseException("Not well-formed XML" + at(e.getLocation()) + ".", e);
    } catch (IOException e) {
      throw new MemoParseException("The message could not be read: " + e.getClass().getSimpleName(), e);
    } finally {
      close(reader);
    }
    check(message);
    return message;
  }

  /** Writes the message as UTF-8 XML with an XML declaration, every namespace declared on the root. */
  public static byte[] write(MemoMessage message) {
    Objects.requireNonNull(message, "message == null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter2 writer = new RootNamespaces((XMLStreamWriter2) OUTPUT.createXMLStreamWriter(out, "UTF-8"));
      writer.writeStartDocument("UTF-8", "1.0");
      MAPPER.writeValue(writer, message);
      writer.writeEndDocument();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("MeMo message could not be written", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Skips the prolog to the root element, refusing a DTD and any root but {@code memo:Message}. */
  private static void toRoot(XMLStreamReader reader) throws XMLStreamException, MemoParseException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new MemoParseException("A DOCTYPE is not allowed in a MeMo message.");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!MemoNamespaces.MEMO.equals(reader.getNamespaceURI()) || !"Message".equals(reader.getLocalName())) {
          throw new MemoParseException("The root element is not memo:Message in namespace " + MemoNamespaces.MEMO + ".");
        }
        return;
      }
    }
    throw new MemoParseException("The document has no root element.");
  }

  /** The parts MeMo requires, and the version. */
  private static void check(MemoMessage message) throws MemoParseException {
    if (message == null) {
      throw new MemoParseException("The message is empty.");
    }
    if (!MemoNamespaces.VERSION.equals(message.memoVersion())) {
      throw new MemoParseException("memoVersion must be " + MemoNamespaces.VERSION + ".");
    }
    MessageHeader header = message.messageHeader();
    require(header != null, "MessageHeader");
    require(notBlank(header.messageType()), "MessageHeader/messageType");
    require(header.messageUUID() != null, "MessageHeader/messageUUID");
    require(notBlank(header.label()), "MessageHeader/label");
    require(header.sender() != null, "MessageHeader/Sender");
    require(notBlank(header.sender().senderID()), "MessageHeader/Sender/senderID");
    require(notBlank(header.sender().idType()), "MessageHeader/Sender/idType");
    require(header.recipient() != null, "MessageHeader/Recipient");
    require(notBlank(header.recipient().recipientID()), "MessageHeader/Recipient/recipientID");
    require(notBlank(header.recipient().idType()), "MessageHeader/Recipient/idType");
    if (message.messageBody() != null) {
      for (MemoFile file : message.messageBody().citizenFiles()) {
        require(file != null && file.content() != null, "File/content");
      }
    }
  }

  private static void require(boolean present, String element) throws MemoParseException {
    if (!present) {
      throw new MemoParseException("The required element " + element + " is missing or empty.");
    }
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  /** The XML syntax error under a mapping failure, if that is what it is. */
  private static XMLStreamException syntaxCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof XMLStreamException syntax) {
        return syntax;
      }
    }
    return null;
  }

  /** Element names along the mapping path, e.g. {@code MessageHeader/messageUUID}; no values. */
  private static String path(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .map(name -> name.replaceAll("[^A-Za-z0-9\\[\\]_.-]", "?"))
        .collect(Collectors.joining("/"));
    return path.isEmpty() ? "Message" : path;
  }

  private static String at(javax.xml.stream.Location location) {
    return location == null || location.getLineNumber() < 0 ? ""
        : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing held open: the input is a byte array
      }
    }
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("External resources are not loaded");
    });
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    return factory;
  }

  private static XMLOutputFactory outputFactory() {
    XMLOutputFactory factory = new WstxOutputFactory();
    factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    return factory;
  }

  private static XmlMapper mapper() {
    XmlFactory factory = XmlFactory.builder().xmlInputFactory(INPUT).xmlOutputFactory(OUTPUT).build();
    return XmlMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .annotationIntrospector(new MemoNamespaceDefaults())
        .defaultUseWrapper(false)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /**
   * Puts an element without an explicit namespace into its record's namespace (from the
   * record's {@link JacksonXmlRootElement}), else into {@code memo}; attributes stay unqualified.
   */
  private static final class MemoNamespaceDefaults extends JacksonXmlAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    MemoNamespaceDefaults() {
      super(false);
    }

    @Override
    public String findNamespace(MapperConfig<?> config, Annotated ann) {
      String explicit = super.findNamespace(config, ann);
      if (explicit != null && !explicit.isEmpty() || Boolean.TRUE.equals(isOutputAsAttribute(config, ann))) {
        return explicit;
      }
      if (ann instanceof AnnotatedMember member) {
        JacksonXmlRootElement owner = member.getDeclaringClass().getAnnotation(JacksonXmlRootElement.class);
        if (owner != null && !owner.namespace().isEmpty()) {
          return owner.namespace();
        }
      }
      return MemoNamespaces.MEMO;
    }
  }

  /** Declares every MeMo prefix on the root element, so that no child repeats a declaration. */
  private static final class RootNamespaces extends StreamWriter2Delegate {
    private boolean rootWritten;

    RootNamespaces(XMLStreamWriter2 writer) {
      super(writer);
      setParent(writer);
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
      if (!rootWritten) {
        super.writeStartElement("memo", localName, namespaceURI);
        declareAll();
      } else {
        super.writeStartElement(namespaceURI, localName);
      }
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
      super.writeStartElement(prefix, localName, namespaceURI);
      if (!rootWritten) {
        declareAll();
      }
    }

    private void declareAll() throws XMLStreamException {
      rootWritten = true;
      for (Map.Entry<String, String> ns : MemoNamespaces.PREFIXES.entrySet()) {
        super.writeNamespace(ns.getKey(), ns.getValue());
      }
    }
  }
}
