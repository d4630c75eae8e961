package org.claimledger.comparison;

import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;

import java.time.LocalDate;

/**
 * What makes figures comparable: whose losses (subject, with the parties it includes), which people,
 * what is counted (metric, equipment type, other object), where (incident) and over which period
 * ({@code from}: null for the conflict so far).
 */
public record Measure(String subject, Population population, Metric metric, Equipment equipment, String object,
                      String incident, LocalDate from) {
}
