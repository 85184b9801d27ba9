/**
 * Run orchestration shared by every front end: {@link org.recbench.core.driver.RunDriver} takes a
 * plan from a fresh or resumed run directory to its leaderboards on any engine.
 */
package org.recbench.core.driver;
