package io.lsdrisk.collateral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.lsdrisk.compute.collateral.AaveSnapshotRow;
import io.lsdrisk.compute.collateral.CascadePosition;

import org.springframework.stereotype.Component;

/**
 * The real Aave position snapshots of {@code db/sample}, read from the classpath on first
 * use and kept (a few thousand rows).
 */
@Component
class PositionSnapshots {

	private static final String DIRECTORY = "db/sample/";

	private final Map<PositionSnapshot, Book> books = new ConcurrentHashMap<>();

	/**
	 * @param snapshot which snapshot
	 * @return its accounts as cascade positions
	 */
	Book book(PositionSnapshot snapshot) {
		return this.books.computeIfAbsent(snapshot, PositionSnapshots::load);
	}

	private static Book load(PositionSnapshot snapshot) {
		String resource = DIRECTORY + snapshot.fileName();
		try (InputStream in = PositionSnapshots.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("classpath resource " + resource + " is missing");
			}
			List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
			List<AaveSnapshotRow> rows = AaveSnapshotRow.parse(lines);
			List<CascadePosition> positions = rows.stream().map(AaveSnapshotRow::toCascadePosition).toList();
			double lsd = 0;
			double debt = 0;
			for (CascadePosition position : positions) {
				lsd += position.lsdAmount();
				debt += position.debtEth();
			}
			return new Book(snapshot, resource, positions, lsd, debt, rows.isEmpty() ? 0 : rows.get(0).lsdPriceEth());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param snapshot which snapshot
	 * @param file classpath resource
	 * @param positions one per account, LSD in tokens, the rest in ETH at the snapshot's
	 * prices
	 * @param totalLsd LSD held by all accounts, tokens
	 * @param totalDebtEth debt of all accounts, ETH
	 * @param snapshotLsdPriceEth the snapshot's oracle price of the LSD, ETH per token
	 */
	record Book(PositionSnapshot snapshot, String file, List<CascadePosition> positions, double totalLsd,
			double totalDebtEth, double snapshotLsdPriceEth) {

	}

}
