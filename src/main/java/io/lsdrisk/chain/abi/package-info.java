/**
 * The few lines of Ethereum ABI the chain feeds need: Keccak-256 function selectors,
 * uint256 arguments, and uint256, int256 and Chainlink round answers.
 */
package io.lsdrisk.chain.abi;
