/**
 * JMH benchmarks: the rule engine against plain Java for the same calculators, warm and cold. Built only with
 * the {@code jmh} Maven profile ({@code mvn -Pjmh -DskipTests package}), then run with
 * {@code java -cp target/clinigrade.jar org.openjdk.jmh.Main <regex>}.
 */
package org.clinigrade.bench;
