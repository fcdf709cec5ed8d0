import { mkdirSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../../scripts/lib/repo.mjs';

/** The value at quantile q (0–1) of unsorted numbers, nearest-rank. */
export function percentile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const ratio = (value, baseline) => (baseline > 0 ? value / baseline : NaN);

export const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** A Markdown table, so the output can be pasted into the README as it is. */
export function printTable(headers, rows) {
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`|${headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/**
 * One line per target: the measured figure, the limit and whether it is met. Nothing fails on a number:
 * a bench reports, the reader judges.
 */
export function printTargets(targets) {
  console.log('\nTargets');
  for (const { name, value, limit, atMost = true, unit = '', note = '' } of targets) {
    const known = Number.isFinite(value);
    const met = known && (atMost ? value <= limit : value >= limit);
    const verdict = known ? (met ? 'met' : 'NOT met') : 'not measured';
    const shown = known ? `${fixed(value)}${unit}` : 'n/a';
    console.log(
      `- ${name}: ${shown} (target ${atMost ? '≤' : '≥'} ${limit}${unit}) → ${verdict}${note ? ` (${note})` : ''}`,
    );
  }
}

/** Keeps a run's figures in bench/results/{name}-{time}.json, as http.bench.mjs does. */
export function saveResults(name, data) {
  mkdirSync(fromRoot('bench/results'), { recursive: true });
  const file = fromRoot('bench/results', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2));
  console.log(`\nSaved to ${file}`);
}
