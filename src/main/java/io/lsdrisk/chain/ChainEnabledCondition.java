package io.lsdrisk.chain;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code lsdrisk.chain.rpc-url} (environment {@code LSDRISK_CHAIN_RPC_URL})
 * is set and not blank.
 */
class ChainEnabledCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("lsdrisk.chain.rpc-url"));
	}

}
