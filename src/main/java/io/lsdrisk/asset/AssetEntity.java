package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "lsd_asset")
class AssetEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 32)
	private String symbol;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 200)
	private String protocol;

	@Enumerated(EnumType.STRING)
	@Column(name = "token_model", nullable = false, length = 16)
	private TokenModel tokenModel;

	@Column(nullable = false, length = 16)
	private String underlying;

	@Column(name = "launch_date")
	private LocalDate launchDate;

	@Column(name = "node_operator_count")
	private Integer nodeOperatorCount;

	@Column(name = "withdrawal_wait_days", precision = 12, scale = 4)
	private BigDecimal withdrawalWaitDays;

	@Column(name = "withdrawals_enabled_at")
	private LocalDate withdrawalsEnabledAt;

	@Column(name = "audit_count")
	private Integer auditCount;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, Object> metadata = new HashMap<>();

	protected AssetEntity() {
	}

	AssetEntity(AssetRequest request) {
		this.symbol = request.symbol();
		this.name = request.name();
		this.protocol = request.protocol();
		this.tokenModel = request.tokenModel();
		this.underlying = request.underlying();
		this.launchDate = request.launchDate();
		this.nodeOperatorCount = request.nodeOperatorCount();
		this.withdrawalWaitDays = request.withdrawalWaitDays();
		this.withdrawalsEnabledAt = request.withdrawalsEnabledAt();
		this.auditCount = request.auditCount();
		this.metadata = (request.metadata() != null) ? new HashMap<>(request.metadata()) : new HashMap<>();
	}

	Asset toAsset() {
		return new Asset(this.id, this.symbol, this.name, this.protocol, this.tokenModel, this.underlying,
				this.launchDate, this.nodeOperatorCount, this.withdrawalWaitDays, this.withdrawalsEnabledAt,
				this.auditCount, Map.copyOf(this.metadata));
	}

}
