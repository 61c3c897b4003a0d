package io.lsdrisk.ingest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Field-by-field comparison of two records of one type; decimals compare by value
 * ({@code 1.50} equals {@code 1.5}).
 */
public final class RecordDifferences {

	private RecordDifferences() {
	}

	public static <T extends Record> List<Conflict.FieldDifference> between(T stored, T received, Set<String> ignored) {
		List<Conflict.FieldDifference> differences = new ArrayList<>();
		for (RecordComponent component : stored.getClass().getRecordComponents()) {
			if (ignored.contains(component.getName())) {
				continue;
			}
			Object a = value(component, stored);
			Object b = value(component, received);
			if (!same(a, b)) {
				differences.add(new Conflict.FieldDifference(component.getName(), a, b));
			}
		}
		return differences;
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static Object value(RecordComponent component, Object target) {
		try {
			return component.getAccessor().invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

}
