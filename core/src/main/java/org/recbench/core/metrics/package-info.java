/**
 * Protocol-agnostic metrics contributed by the {@link org.recbench.core.metrics.CorePlugin}
 * ({@code core}): every one keeps O(1) state in the horizon.
 *
 * <table>
 *   <caption>Generic metrics</caption>
 *   <tr><th>id</th><th>value</th><th>requires</th><th>direction</th></tr>
 *   <tr><td>reward</td><td>Σ_t r_t since the trial started</td><td>-</td><td>higher</td></tr>
 *   <tr><td>mean-episode-reward</td><td>mean total reward of completed episodes (NaN before
 *       the first)</td><td>-</td><td>higher</td></tr>
 *   <tr><td>regret</td><td>Σ_t [μ*(o_t) − μ(o_t, a_t)] on the environment's expectations, not
 *       its draws</td><td>oracle</td><td>lower</td></tr>
 *   <tr><td>steps</td><td>steps taken</td><td>-</td><td>neutral</td></tr>
 *   <tr><td>episode-length</td><td>mean length of completed episodes (NaN before the
 *       first)</td><td>-</td><td>neutral</td></tr>
 *   <tr><td>decision-time</td><td>mean wall time of {@code act}, µs</td><td>decision-timer</td>
 *       <td>lower</td></tr>
 *   <tr><td>planning-time</td><td>policy's total planning time, ms</td><td>planning-stats</td>
 *       <td>lower</td></tr>
 *   <tr><td>nodes-expanded</td><td>policy's total expanded nodes</td><td>planning-stats</td>
 *       <td>neutral</td></tr>
 * </table>
 *
 * <p>An episode cut short by a step budget is not completed and does not enter the episode means.
 */
package org.recbench.core.metrics;
