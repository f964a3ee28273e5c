package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code grd:ProductionUnit} (a P-number), in attention data and content data. */
@JacksonXmlRootElement(namespace = MemoNamespaces.GRD, localName = "ProductionUnit")
public record ProductionUnit(String productionUnitNumber, String productionUnitName) {}
