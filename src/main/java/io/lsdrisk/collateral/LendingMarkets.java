package io.lsdrisk.collateral;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LendingMarkets extends JpaRepository<LendingMarketEntity, LendingMarketEntity.Key> {

	@Query("select m from LendingMarketEntity m order by m.market, m.assetId")
	List<LendingMarketEntity> findAllInOrder();

	@Query("select m from LendingMarketEntity m where m.assetId = :assetId order by m.market")
	List<LendingMarketEntity> findByAsset(@Param("assetId") Long assetId);

	boolean existsByMarket(String market);

}
