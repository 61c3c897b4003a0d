package io.lsdrisk.asset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Assets extends JpaRepository<AssetEntity, Long> {

	/** Case-insensitive, served by the unique index on {@code lower(symbol)}. */
	@Query("select a from AssetEntity a where lower(a.symbol) = lower(:symbol)")
	Optional<AssetEntity> findBySymbol(@Param("symbol") String symbol);

	@Query("select a from AssetEntity a order by a.id")
	List<AssetEntity> findAllInOrder();

}
