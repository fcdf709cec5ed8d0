import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU seconds (user + system) used so far by this process's finished children, as the kernel counts them
 * (cutime + cstime of /proc/self/stat: every child Node has waited for, and their own children).
 * process.resourceUsage() covers only this process. Read it before and after a run with no other children
 * alive: the difference is what the run's ffmpeg/ffprobe processes cost.
 */
export function childCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // the command name in parentheses may hold spaces: count the fields after its closing parenthesis
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [cutime, cstime] = [fields[13], fields[14]].map(Number);
  return (cutime + cstime) / CLOCK_TICKS;
}

/** Runs `work` and returns its wall and child CPU seconds along with its result. */
export async function measureChildren(work) {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = await work(started);
  return {
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: childCpuSeconds() - cpuBefore,
    result,
  };
}
