package io.lsdrisk.options;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /options/implied-volatility}: the batch
 * ({@link ImpliedVolatilityRequest}), or one {@link ImpliedVolatilityContract} on its
 * own. An object without {@code contracts} and with any field is one contract; the answer
 * has the batch's shape either way.
 *
 * @param contracts the contracts, one for a single contract
 * @param single whether the body was one contract, so that errors name its fields without
 * the {@code contracts[0].} prefix
 */
@JsonDeserialize(using = ImpliedVolatilityInput.Reader.class)
record ImpliedVolatilityInput(List<ImpliedVolatilityContract> contracts, boolean single) {

	/** Reads either shape with the application's JSON rules. */
	static final class Reader extends ValueDeserializer<ImpliedVolatilityInput> {

		@Override
		public ImpliedVolatilityInput deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode tree = context.readTree(parser);
			if (tree.isObject() && !tree.has(GreeksService.CONTRACTS) && !tree.isEmpty()) {
				return new ImpliedVolatilityInput(
						List.of(context.readTreeAsValue(tree, ImpliedVolatilityContract.class)), true);
			}
			ImpliedVolatilityRequest batch = context.readTreeAsValue(tree, ImpliedVolatilityRequest.class);
			return new ImpliedVolatilityInput(batch.contracts(), false);
		}

	}

}
