package org.clinigrade.calc;

/** A published source of a calculator; at least one of doi and pmid is set. */
public record Reference(String citation, String doi, String pmid) {
}
