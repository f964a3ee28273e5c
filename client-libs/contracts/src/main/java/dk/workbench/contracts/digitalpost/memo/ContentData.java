package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** MeMo {@code ContentData}: what the message is about. Every part is optional. */
public record ContentData(
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "CPRdata") CprData cprData,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "CVRdata") CvrData cvrData,
    @JacksonXmlProperty(namespace = MemoNamespaces.DMV, localName = "MotorVehicle") MotorVehicle motorVehicle,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "PropertyNumber") PropertyNumber propertyNumber,
    @JsonProperty("CaseID") CaseId caseId,
    @JacksonXmlProperty(namespace = MemoNamespaces.KLE, localName = "KLEdata") KleData kleData,
    @JacksonXmlProperty(namespace = MemoNamespaces.FORM, localName = "FORMdata") FormData formData,
    @JacksonXmlProperty(namespace = MemoNamespaces.GRD, localName = "ProductionUnit") ProductionUnit productionUnit,
    @JacksonXmlProperty(namespace = MemoNamespaces.UDD, localName = "Education") Education education,
    @JsonProperty("AdditionalContentData") List<AdditionalContentData> additionalContentData) {

  public ContentData {
    additionalContentData = additionalContentData == null ? List.of() : List.copyOf(additionalContentData);
  }

  /** {@code grd:CPRdata}: the person the message concerns (may differ from the recipient). */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "CPRdata")
  public record CprData(String cprNumber, String name) {}

  /** {@code grd:CVRdata}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "CVRdata")
  public record CvrData(String cvrNumber, String companyName) {}

  /** {@code dmv:MotorVehicle}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.DMV, localName = "MotorVehicle")
  public record MotorVehicle(String licenseNumber, String chassisNumber) {}

  /** {@code grd:PropertyNumber}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "PropertyNumber")
  public record PropertyNumber(String propertyNumber) {}

  /** {@code memo:CaseID}: the sender's case. */
  public record CaseId(@JsonProperty("caseID") String caseId, String caseSystem) {}

  /** {@code kle:KLEdata}: the KLE subject. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.KLE, localName = "KLEdata")
  public record KleData(String subjectKey, String version, String activityFacet, String label) {}

  /** {@code form:FORMdata}: the FORM task key. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.FORM, localName = "FORMdata")
  public record FormData(String taskKey, String version, String activityFacet, String label) {}

  /** {@code udd:Education}. */
  @JacksonXmlRootElement(namespace = MemoNamespaces.UDD, localName = "Education")
  public record Education(String educationCode, String educationName) {}

  /** {@code memo:AdditionalContentData}: free label/value content data. */
  public record AdditionalContentData(String contentDataType, String contentDataName, String contentDataValue) {}
}
