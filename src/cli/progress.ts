/** A progress bar on stderr, drawn only when stderr is a terminal (a log file gets no bar). */
const WIDTH = 30;

export class Progress {
  private done = 0;
  private drawn = -1;

  /** `write` is undefined when there is no terminal; `total` when the count is not known (stdin). */
  constructor(private readonly write: ((s: string) => void) | undefined, private readonly total?: number) {}

  tick(): void {
    this.done++;
    if (!this.write) return;
    // redraw when the bar moves by a step, or every 100 articles when the total is unknown
    const step = this.total ? Math.floor((this.done / this.total) * 200) : Math.floor(this.done / 100);
    if (step === this.drawn) return;
    this.drawn = step;
    if (!this.total) {
      this.write(`\r${this.done} articles analysed`);
      return;
    }
    const filled = Math.round((this.done / this.total) * WIDTH);
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${this.done}/${this.total} articles`);
  }

  end(): void {
    if (this.write && this.drawn >= 0) this.write('\n');
  }
}
