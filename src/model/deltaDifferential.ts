/**
 * The differential of δ at a point applied to a tangent vector
 * (dW_1, …, dW_N) (MATH §2):
 * dΔ_i = dW_{i+1}ᵀ W_{i+1} + W_{i+1}ᵀ dW_{i+1} − dW_i W_iᵀ − W_i dW_iᵀ,
 * returned in δ's coordinates (upper triangles).
 */
import type { Field } from '../algebra/field';
import { matAdd, matMul, matSub, matTranspose, type Matrix } from '../algebra/matrix';
import { deltaCoordinates } from './deltaMap';
import type { NetworkPoint } from './networkPoint';

export function deltaDifferential<T>(field: Field<T>, point: NetworkPoint<T>, tangent: NetworkPoint<T>): T[] {
  const out: Matrix<T>[] = [];
  for (let i = 1; i < point.length; i++) {
    const [Wi, Wn, dWi, dWn] = [point[i - 1], point[i], tangent[i - 1], tangent[i]];
    const up = matMul(field, matTranspose(dWn), Wn);
    const down = matMul(field, dWi, matTranspose(Wi));
    // dWᵀW + WᵀdW = up + upᵀ, and likewise for the W Wᵀ term
    out.push(matSub(field, matAdd(field, up, matTranspose(up)), matAdd(field, down, matTranspose(down))));
  }
  return deltaCoordinates(field, out);
}
