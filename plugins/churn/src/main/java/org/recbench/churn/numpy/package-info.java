/**
 * Bit-exact reproductions of the numpy pieces paper 002's instance generator (App. F.1) uses:
 * the legacy Mersenne Twister stream, its doubles and Gaussians, numpy's pairwise summation, and
 * platform-independent {@code log}/{@code exp}.
 */
package org.recbench.churn.numpy;
