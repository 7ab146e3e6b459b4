import cliProgress from 'cli-progress';

/** A progress reporter that is silent when stderr is not a terminal (CI, pipes, --json). */
export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/** Starts a progress bar over `total` items on an interactive terminal; a no-op otherwise. */
export function startProgress(total: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: ' {bar} {value}/{total} {label}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick(label = '') {
      bar.increment(1, { label });
    },
    stop() {
      bar.stop();
    },
  };
}
