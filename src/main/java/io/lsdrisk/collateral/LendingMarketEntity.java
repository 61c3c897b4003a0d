package io.lsdrisk.collateral;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "lending_market")
@IdClass(LendingMarketEntity.Key.class)
class LendingMarketEntity {

	@Id
	@Column(nullable = false, length = 64)
	private String market;

	@Id
	@Column(name = "asset_id", nullable = false)
	private Long assetId;

	@Column(nullable = false, precision = 10, scale = 6)
	private BigDecimal ltv;

	@Column(name = "liquidation_threshold", nullable = false, precision = 10, scale = 6)
	private BigDecimal liquidationThreshold;

	@Column(name = "liquidation_bonus", nullable = false, precision = 10, scale = 6)
	private BigDecimal liquidationBonus;

	@Column(nullable = false)
	private boolean emode;

	@Enumerated(EnumType.STRING)
	@Column(name = "oracle_mode", nullable = false, length = 16)
	private OracleMode oracleMode;

	@Column(name = "supply_cap", precision = 38, scale = 18)
	private BigDecimal supplyCap;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected LendingMarketEntity() {
	}

	LendingMarketEntity(String market, Long assetId) {
		this.market = market;
		this.assetId = assetId;
	}

	void apply(LendingMarketRequest parameters, Instant now) {
		this.ltv = parameters.ltv();
		this.liquidationThreshold = parameters.liquidationThreshold();
		this.liquidationBonus = parameters.liquidationBonus();
		this.emode = parameters.emode();
		this.oracleMode = parameters.oracleMode();
		this.supplyCap = parameters.supplyCap();
		this.updatedAt = now;
	}

	String market() {
		return this.market;
	}

	Long assetId() {
		return this.assetId;
	}

	LendingMarketRequest parameters(String symbol) {
		return new LendingMarketRequest(this.market, symbol, this.ltv, this.liquidationThreshold, this.liquidationBonus,
				this.emode, this.oracleMode, this.supplyCap);
	}

	static class Key implements Serializable {

		private String market;

		private Long assetId;

		Key() {
		}

		Key(String market, Long assetId) {
			this.market = market;
			this.assetId = assetId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.market, key.market)
					&& Objects.equals(this.assetId, key.assetId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.market, this.assetId);
		}

	}

}
