package io.lsdrisk.comparison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The measurements behind one cell; only those the dimension uses are present.
 *
 * @param withdrawalWaitDays withdrawal (or exit) wait, days
 * @param withdrawalsEnabledAt first day of protocol redemptions
 * @param dexDepthEth ETH value of the LSD sale that moves the DEX price down by
 * {@code depthMovePercent}, summed over the latest state of each stored pool
 * @param depthMovePercent the move, percent
 * @param dexVenues the pools measured
 * @param dexObservedAt the latest of their states' times
 * @param nodeOperatorCount node operators
 * @param auditCount published audits
 * @param launchDate first day of the token
 * @param ageYears years since launch
 * @param currentDiscountBps discount of the latest market price to fair value, bp
 * (negative: premium)
 * @param maxDiscountBps largest discount in the lookback, bp
 * @param maxDiscountObservedAt when it was observed
 * @param discountLookbackDays the lookback, days
 * @param depegProbability30d probability of a peg at or under {@code depegThreshold}
 * within the horizon
 * @param depegThreshold the peg ratio of that probability
 * @param depegMethod how the probability was estimated
 * @param marketShare share of all staked ETH staked through the protocol
 * @param protocolStakedEth ETH staked through the protocol
 * @param totalStakedEth all staked ETH (configured)
 * @param apr30d 30-day staking APR, decimal per year
 * @param nativeStakingApr native staking APR (configured)
 * @param yieldShortfall {@code nativeStakingApr - apr30d}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(@Nullable Double withdrawalWaitDays, @Nullable LocalDate withdrawalsEnabledAt,
		@Nullable Double dexDepthEth, @Nullable Double depthMovePercent, @Nullable List<String> dexVenues,
		@Nullable Instant dexObservedAt, @Nullable Integer nodeOperatorCount, @Nullable Integer auditCount,
		@Nullable LocalDate launchDate, @Nullable Double ageYears, @Nullable Double currentDiscountBps,
		@Nullable Double maxDiscountBps, @Nullable Instant maxDiscountObservedAt,
		@Nullable Integer discountLookbackDays, @Nullable Double depegProbability30d, @Nullable Double depegThreshold,
		@Nullable String depegMethod, @Nullable Double marketShare, @Nullable Double protocolStakedEth,
		@Nullable Double totalStakedEth, @Nullable Double apr30d, @Nullable Double nativeStakingApr,
		@Nullable Double yieldShortfall) {

	static Builder builder() {
		return new Builder();
	}

	/** Collects the measurements of one cell. */
	static final class Builder {

		Double withdrawalWaitDays;

		LocalDate withdrawalsEnabledAt;

		Double dexDepthEth;

		Double depthMovePercent;

		List<String> dexVenues;

		Instant dexObservedAt;

		Integer nodeOperatorCount;

		Integer auditCount;

		LocalDate launchDate;

		Double ageYears;

		Double currentDiscountBps;

		Double maxDiscountBps;

		Instant maxDiscountObservedAt;

		Integer discountLookbackDays;

		Double depegProbability30d;

		Double depegThreshold;

		String depegMethod;

		Double marketShare;

		Double protocolStakedEth;

		Double totalStakedEth;

		Double apr30d;

		Double nativeStakingApr;

		Double yieldShortfall;

		Evidence build() {
			return new Evidence(this.withdrawalWaitDays, this.withdrawalsEnabledAt, this.dexDepthEth,
					this.depthMovePercent, this.dexVenues, this.dexObservedAt, this.nodeOperatorCount, this.auditCount,
					this.launchDate, this.ageYears, this.currentDiscountBps, this.maxDiscountBps,
					this.maxDiscountObservedAt, this.discountLookbackDays, this.depegProbability30d,
					this.depegThreshold, this.depegMethod, this.marketShare, this.protocolStakedEth,
					this.totalStakedEth, this.apr30d, this.nativeStakingApr, this.yieldShortfall);
		}

	}

}
