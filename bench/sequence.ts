/**
 * A fixed linear congruential sequence from `seed` (glibc's constants), so every bench run gets the same
 * inputs and runs stay comparable (Math.random would not). Each call returns the next state, 0 … 2^31 - 1.
 */
export function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648);
}
