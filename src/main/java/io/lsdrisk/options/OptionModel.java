package io.lsdrisk.options;

/**
 * The pricing model of a request.
 */
public enum OptionModel {

	/** Black-Scholes-Merton with a continuous carry yield. */
	BSM,

	/** Merton's (1976) jump-diffusion: BSM plus Poisson depeg jumps. */
	MERTON_JUMP

}
