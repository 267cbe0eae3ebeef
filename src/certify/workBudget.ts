/**
 * A deterministic work budget for exact proofs: a count of term products
 * (one coefficient multiplication of two terms, |a|·|b| for a product of
 * polynomials a, b). Unlike a wall-clock limit it gives the same outcome on
 * every machine, under any load and for every --jobs; a proof that would
 * exceed it is abandoned (nothing proved) and the caller says so in its
 * `reason` ({@link budgetReason}).
 *
 * The counter is the one mutable thing here: a budget is created per
 * certification and threaded through its proofs.
 */

export interface WorkBudget {
  /** Term products allowed in all. */
  readonly limit: number;
  /** Term products charged so far (may pass `limit` by the one charge that exhausted it). */
  used: number;
}

export function workBudget(limit: number): WorkBudget {
  return { limit, used: 0 };
}

/** Charges `products` term products; false (and nothing more to do) once the budget is exceeded. */
export function spend(budget: WorkBudget, products: number): boolean {
  budget.used += products;
  return budget.used <= budget.limit;
}

export function budgetExceeded(budget: WorkBudget): boolean {
  return budget.used > budget.limit;
}

/** The reason string of a certification stopped by its budget. */
export function budgetReason(budget: WorkBudget): string {
  return `work budget of ${budget.limit} term products exceeded`;
}
