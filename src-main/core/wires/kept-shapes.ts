/**
 * Instances held for the process's lifetime so that the engine keeps their hidden classes.
 *
 * V8 builds the hidden class (map) of a class's instances by transitions as the constructor adds
 * fields, and holds those maps only as long as some instance lives. A stream's decoder and what it
 * owns all die when the stream ends, so a full garbage collection between streams frees their maps
 * and throws away every optimized function that checked them (`--trace-deopt`: "embedded weak
 * objects cleared"): the next stream then starts unoptimized and pays to compile the hot path again.
 * One instance of each, kept here, keeps the maps and the compiled code with them.
 */
const kept: object[] = [];

/** Keeps `instance` alive for good; returns it. For a handful of module-level instances only. */
export function keepShapeOf<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
