/**
 * Leaderboard statistics over seeds: the mean of each metric at each checkpoint with a 95%
 * confidence interval ({@link org.recbench.core.stats.StudentTInterval} or
 * {@link org.recbench.core.stats.PercentileBootstrap}), standard competition ranks, and a paired
 * Wilcoxon signed-rank p-value against the best policy
 * ({@link org.recbench.core.stats.SignedRankTest}); trials of different policies on the same seed
 * index face the same environment draws, so the comparison is paired.
 * {@link org.recbench.core.stats.LeaderboardBuilder} assembles them into the
 * {@link org.recbench.reports.Leaderboard} that the reports module renders.
 */
package org.recbench.core.stats;
