/** A failure the bench explains in one line (port taken, server died, nothing to load), not a bug. */
export class BenchProblem extends Error {}
