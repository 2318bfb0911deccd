// Columns of one set of rows, each built once: on first use, or ahead of time
// a slice of rows at a time in idle periods (prepare), so that neither a first
// filter, chart nor comparison in a large library waits for a whole build.
// A build is a generator that yields between slices and returns the column.

export class ColumnBuilds<K, C> {
  private readonly built = new Map<K, C>();
  /** A build prepare() has started but not finished. */
  private building: { key: K; steps: Generator<void, C> } | null = null;

  constructor(private readonly start: (key: K) => Generator<void, C>) {}

  /** The column, built now if it is not yet (finishing a build prepare() began rather than starting again). */
  get(key: K): C {
    const done = this.built.get(key);
    if (done !== undefined) return done;
    const steps = this.building?.key === key ? this.building.steps : this.start(key);
    if (this.building?.key === key) this.building = null;
    for (;;) {
      const step = steps.next();
      if (step.done === true) {
        this.built.set(key, step.value);
        return step.value;
      }
    }
  }

  /** Builds these columns a slice at a time while `hasTime()`; true once all are built. */
  prepare(hasTime: () => boolean, keys: readonly K[]): boolean {
    for (const key of keys) {
      if (this.built.has(key)) continue;
      if (this.building?.key !== key) this.building = { key, steps: this.start(key) };
      const { steps } = this.building;
      for (;;) {
        if (!hasTime()) return false;
        const step = steps.next();
        if (step.done === true) {
          this.built.set(key, step.value);
          this.building = null;
          break;
        }
      }
    }
    return true;
  }
}
