package org.recbench.protocol.population;

import java.util.Objects;

/**
 * Observation of the {@link PopulationProtocol}: the arriving user U_t (its index and, through
 * the user attribute table, its attributes v_U ∈ R^p) and the product attributes w_1 … w_K.
 * The recommender of the paper knows every user's attributes (its side information, Sec. 3), so
 * the whole table is visible; the users' preference states are not.
 *
 * <p>A mutable holder: an environment creates two over the same read-only tables and alternates
 * them ({@link #arrive}), so a step allocates nothing and nothing is copied per step; each stays
 * intact for the step it was handed out for (the object-lifetime rules of
 * {@code org.recbench.api}). A policy keeps the user index, not the holder.
 */
public final class Arrival {

  private final AttributeTable users;
  private final AttributeTable products;
  private int user;

  /**
   * A holder over the given tables, with user 0 until {@link #arrive} sets another.
   *
   * @param users v_1 … v_N (N × p)
   * @param products w_1 … w_K (K × q)
   */
  public Arrival(AttributeTable users, AttributeTable products) {
    this.users = Objects.requireNonNull(users, "users");
    this.products = Objects.requireNonNull(products, "products");
  }

  /**
   * Makes {@code arriving} the user of this observation; returns this holder.
   *
   * @throws IndexOutOfBoundsException when it is not a user index
   */
  public Arrival arrive(int arriving) {
    this.user = Objects.checkIndex(arriving, users.rows());
    return this;
  }

  /** U_t, the arriving user's index in 0 .. N − 1. */
  public int user() {
    return user;
  }

  /** Entry {@code i} of the arriving user's attributes v_U. */
  public double userAttribute(int i) {
    return users.get(user, i);
  }

  /** The user attributes v_1 … v_N (read-only; row {@link #user()} is the arriving user's). */
  public AttributeTable users() {
    return users;
  }

  /** The product attributes w_1 … w_K (read-only, the same table every step). */
  public AttributeTable products() {
    return products;
  }

  @Override
  public String toString() {
    return "Arrival[user=" + user + " of " + users.rows() + ", " + products.rows() + " products]";
  }
}
