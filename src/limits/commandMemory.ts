/**
 * The memory model of each built-in command: what it allocates for an
 * architecture of the given widths, estimated before anything is allocated
 * (see {@link deltaWorkMemory}). `'none'` means the command checks its own
 * memory; a function is a command's own estimate.
 */
import type { DeltaWork } from './deltaWorkMemory';
import type { MemoryEstimate } from './memoryEstimate';

/** A memory model: a kind of δ work, `'none'`, or an own estimator of the widths. */
export type ArchitectureMemory = DeltaWork | 'none' | ((arch: { readonly widths: readonly number[] }) => MemoryEstimate);

/** What the built-in commands allocate. */
const COMMAND_MEMORY: Readonly<Record<string, ArchitectureMemory>> = {
  verify: 'dense-jacobians',
  counterexample: 'dense-jacobians',
  export: 'symbolic-delta',
};

/** The memory model of the built-in command `command` (`'none'` for any other). */
export function commandMemory(command: string): ArchitectureMemory {
  return Object.prototype.hasOwnProperty.call(COMMAND_MEMORY, command) ? COMMAND_MEMORY[command] : 'none';
}
