/**
 * The {@code population} protocol: a recommender facing users whose preferences move towards what
 * it recommends (Lankireddy, Nair and Manjunath, "When Online Algorithms Influence the
 * Environment: A Dynamical Systems Analysis of the Unintended Consequences", arXiv:2411.13883,
 * 2024). Observation {@link org.recbench.protocol.population.Arrival}, action
 * {@link org.recbench.protocol.population.Product}, feedback
 * {@link org.recbench.protocol.population.Reward}, the read-only model types they refer to, and
 * the capabilities of {@link org.recbench.protocol.population.PopulationProtocol}. JDK only.
 */
package org.recbench.protocol.population;
