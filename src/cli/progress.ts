// The progress line a terminal shows while the command line reads: files,
// letters, files not read, the rate and the time left at that rate.

export interface ProgressState {
  files: number;
  totalFiles: number;
  letters: number;
  failed: number;
  elapsedMs: number;
}

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
};

export function progressLine(p: ProgressState): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.files / seconds : 0;
  const left = rate > 0 ? clock((p.totalFiles - p.files) / rate) : '–';
  const share = p.totalFiles > 0 ? Math.floor((p.files / p.totalFiles) * 100) : 100;
  return (
    `${n(p.files)}/${n(p.totalFiles)} files (${share}%), ${n(p.letters)} letters, ${n(p.failed)} not read, ` +
    `${rate.toFixed(1)} files/s, ${left} left`
  );
}
