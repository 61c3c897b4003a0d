package io.lsdrisk.comparison;

/** A cell's level; for yield, HIGH means a large shortfall against native staking. */
public enum RiskLevel {

	LOW, MEDIUM, HIGH

}
