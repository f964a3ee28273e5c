package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.math.BigDecimal;

/**
 * MeMo {@code AttentionData}: the person, unit, address or system a sender's or recipient's
 * message is for the attention of. Every part is optional. Records annotated with
 * {@link JacksonXmlRootElement} live in that namespace, and so do their child elements.
 */
public record AttentionData(
    @JsonProperty("AttentionPerson") AttentionPerson attentionPerson,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "ProductionUnit") ProductionUnit productionUnit,
    @JacksonXmlProperty(namespace = MemoNamespaces.GLN, localName = "GlobalLocationNumber")
        GlobalLocationNumber globalLocationNumber,
    @JsonProperty("EMail") EMail email,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "SEnumber") SeNumber seNumber,
    @JsonProperty("Telephone") Telephone telephone,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "EID") Eid eid,
    @JsonProperty("ContentResponsible") ContentResponsible contentResponsible,
    @JsonProperty("GeneratingSystem") GeneratingSystem generatingSystem,
    @JacksonXmlProperty(namespace = MemoNamespaces.SOR, localName = "SORdata") SorData sorData,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "Address") Address address,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "UnstructuredAddress")
        UnstructuredAddress unstructuredAddress) {

  /** {@code memo:AttentionPerson}. */
  public record AttentionPerson(String personID, String label) {}

  /** {@code gln:GlobalLocationNumber}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GLN, localName = "GlobalLocationNumber")
  public record GlobalLocationNumber(String globalLocationNumber, String location) {}

  /** {@code memo:EMail}. */
  public record EMail(String emailAddress, String relatedAgent) {}

  /** {@code grd:SEnumber}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "SEnumber")
  public record SeNumber(String seNumber, String companyName) {}

  /** {@code memo:Telephone}. */
  public record Telephone(String telephoneNumber, String relatedAgent) {}

  /** {@code grd:EID}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "EID")
  public record Eid(@JsonProperty("eID") String eid, String label) {}

  /** {@code memo:ContentResponsible}. */
  public record ContentResponsible(String contentResponsibleID, String label) {}

  /** {@code memo:GeneratingSystem}. */
  public record GeneratingSystem(String generatingSystemID, String label) {}

  /** {@code sor:SORdata}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.SOR, localName = "SORdata")
  public record SorData(String sorIdentifier, String entryName) {}

  /** {@code grd:Address}: a structured Danish address. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "Address")
  public record Address(
      String id,
      String addressLabel,
      String houseNumber,
      String door,
      String floor,
      String co,
      String zipCode,
      String city,
      String country,
      @JsonProperty("AddressPoint") AddressPoint addressPoint) {}

  /** {@code grd:AddressPoint}: coordinates, kept exact. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "AddressPoint")
  public record AddressPoint(
      BigDecimal geographicEastingMeasure,
      BigDecimal geographicNorthingMeasure,
      BigDecimal geographicHeightMeasure) {}

  /** {@code grd:UnstructuredAddress}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "UnstructuredAddress")
  public record UnstructuredAddress(String unstructured) {}
}
