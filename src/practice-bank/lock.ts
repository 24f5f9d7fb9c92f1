/**
 * Runs tasks one at a time, in arrival order. Every request (and every deferred task) holds it for
 * its whole run, so two requests never interleave their changes across an await.
 */
export class Lock {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task)
    this.tail = result.catch(() => undefined)
    return result
  }
}
