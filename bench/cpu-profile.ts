// Where the API's main thread spends its time: reads a V8 CPU profile (`node --cpu-prof`, written
// when the profiled process exits) and prints, for each measured window of the benchmark, the top
// frames by self time and the self time by package. `npm run bench` calls it when BENCH_PROFILE is
// set; alone: `node dist/bench/cpu-profile.js <file.cpuprofile>` summarises the whole profile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Window } from './bench-load.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 20);

/** npm package, node: module, our code, or V8's own bucket such as (garbage collector). */
function packageOf(frame: CallFrame, root: string): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return url.split('/')[0];
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (file.startsWith(root)) return `concord ${path.relative(root, file).split(path.sep).slice(1, 4).join('/')}`;
  return url;
}

function frameName(frame: CallFrame, root: string): string {
  const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  const where = file
    ? `${path
        .relative(root, file)
        .replace(/^node_modules\//, '')
        .replace(/^dist\//, '')}:${frame.lineNumber + 1}`
    : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
}

function table(title: string, totals: Map<string, number>, busy: number): string[] {
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return [
    `  ${title}`,
    ...rows.map(
      ([name, us]) =>
        `    ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    ),
  ];
}

/** The top frames and packages by self time over [startUs, endUs] (all of it when no window is given). */
export function summarise(profile: Profile, root: string, window?: Window): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  let t = profile.startTime;
  let busy = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (window && (t < window.startUs || t > window.endUs)) continue;
    // A sample stands for the time until the next one.
    const us = Math.max(0, Math.min(profile.timeDeltas[i + 1] ?? 0, 10_000));
    const frame = byId.get(profile.samples[i])!.callFrame;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    const f = frameName(frame, root);
    frames.set(f, (frames.get(f) ?? 0) + us);
    const p = packageOf(frame, root);
    packages.set(p, (packages.get(p) ?? 0) + us);
  }
  const span = busy + idle;
  return [
    `${window ? window.name : 'whole profile'}: main thread busy ${(busy / 1000).toFixed(0)} ms of ${(span / 1000).toFixed(0)} ms (${span ? ((100 * busy) / span).toFixed(0) : 0}%)`,
    ...table('top frames by self time (share of busy time)', frames, busy || 1),
    ...table('self time by package', packages, busy || 1),
  ];
}

function newestProfile(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

/** Prints the summary of the newest profile in `dir` for each window. */
export function summariseProfile(dir: string, windows: Window[], root: string): void {
  const file = newestProfile(dir);
  if (!file) {
    process.stdout.write(`no CPU profile in ${dir} (the API writes it when it exits)\n`);
    return;
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  process.stdout.write(`\nCPU profile of the API: ${file}\n`);
  for (const w of windows.length ? windows : [undefined]) {
    process.stdout.write(`${summarise(profile, root, w).join('\n')}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node dist/bench/cpu-profile.js <file.cpuprofile>\n');
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  process.stdout.write(`${summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, root).join('\n')}\n`);
}
