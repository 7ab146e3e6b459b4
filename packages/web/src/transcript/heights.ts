/**
 * Pixel heights of a long list of blocks, estimated until measured, with their running offsets.
 * The transcript renders only the blocks near the viewport and pads the rest with two spacers
 * whose heights come from here.
 */
export class Heights {
  private readonly size: Float64Array;
  private readonly measured: Uint8Array;
  /** offsets[i] = top of block i; offsets[n] = total height. Rebuilt lazily after changes. */
  private offsets: Float64Array;
  private dirty = true;

  constructor(estimates: readonly number[]) {
    this.size = Float64Array.from(estimates);
    this.measured = new Uint8Array(estimates.length);
    this.offsets = new Float64Array(estimates.length + 1);
  }

  /** Number of blocks. */
  get count(): number {
    return this.size.length;
  }

  /** Records a block's rendered height; true when it differed from what was assumed. */
  set(index: number, height: number): boolean {
    if (index < 0 || index >= this.size.length) return false;
    this.measured[index] = 1;
    if (Math.abs((this.size[index] ?? 0) - height) < 0.5) return false;
    this.size[index] = height;
    this.dirty = true;
    return true;
  }

  /** Whether the block has been measured in the page (not only estimated). */
  isMeasured(index: number): boolean {
    return this.measured[index] === 1;
  }

  private rebuild(): void {
    if (!this.dirty) return;
    let at = 0;
    for (let i = 0; i < this.size.length; i++) {
      this.offsets[i] = at;
      at += this.size[i] ?? 0;
    }
    this.offsets[this.size.length] = at;
    this.dirty = false;
  }

  /** Top of block `index` from the top of the list, in pixels. */
  top(index: number): number {
    this.rebuild();
    return this.offsets[Math.max(0, Math.min(index, this.size.length))] ?? 0;
  }

  /** Height of all blocks together. */
  total(): number {
    return this.top(this.size.length);
  }

  /** Index of the block that covers pixel `y` (clamped to the list). */
  indexAt(y: number): number {
    this.rebuild();
    let lo = 0;
    let hi = this.size.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.offsets[mid] ?? 0) <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}

/**
 * A first guess of a block's height before it is rendered: lines of text at the reading width
 * times the line height, plus the speaker line and the gap between turns. Guesses only need to
 * be close; measured heights replace them and scroll anchoring absorbs the difference.
 */
export function estimateHeight(length: number, opts: { charsPerLine: number; lineHeight: number; extra: number }): number {
  const lines = Math.max(1, Math.ceil(length / opts.charsPerLine));
  return lines * opts.lineHeight + opts.extra;
}
