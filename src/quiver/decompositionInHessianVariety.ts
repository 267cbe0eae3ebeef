/**
 * Whether an orbit (interval decomposition) lies in the data-independent
 * part of A_H: the theorem's conditions with products decided by the
 * rank formula (a product vanishes iff no interval covers its window).
 */
import { dataIndependentOracle } from '../hessianVariety/conditionsImplyHessianVariety';
import { hessianConditions, type HessianConditionsResult } from '../hessianVariety/hessianConditions';
import { productRank, type IntervalDecomposition } from './intervalDecomposition';

export function decompositionInHessianVariety(dec: IntervalDecomposition): HessianConditionsResult {
  const zero = (a: number, b: number): boolean => productRank(dec, a, b) === 0;
  return hessianConditions(dec.depth, dataIndependentOracle(dec.depth, zero));
}
