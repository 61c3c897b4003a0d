package io.lsdrisk.options;

import io.lsdrisk.asset.Asset;

/**
 * Supplies the depeg jump parameters for options on a stored LSD. The default reads
 * configuration ({@link ConfiguredJumpParameters}); a bean of this type declared
 * elsewhere (for example one calibrated on the stored peg history) replaces it.
 */
public interface JumpParametersSource {

	/**
	 * @param asset the LSD the option is written on
	 * @return its jump parameters, never null
	 */
	JumpParameters forAsset(Asset asset);

}
