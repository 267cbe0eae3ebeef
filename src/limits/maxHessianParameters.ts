/**
 * The largest parameter count for which a dense P x P loss Hessian is
 * formed (exactly, over Q); the memory model and the Hessian itself read
 * the same number.
 */
export const MAX_HESSIAN_PARAMETERS = 4000;
