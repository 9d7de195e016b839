// Writes the bench's figures into the README between its markers.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Figure } from './stats.ts';

export interface Row {
  readonly figure: string;
  readonly value: Figure;
  readonly unit: string;
  readonly target: string;
  /** undefined: a figure without a target. */
  readonly met: boolean | undefined;
  readonly how: string;
}

const readme = new URL('../README.md', import.meta.url);
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';

const number = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value % 1 === 0 ? 0 : 2));

export function writeReadmeTable(rows: readonly Row[]): void {
  const lines = [
    start,
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (Chromium, headless, on the replica; ${rows.find((row) => row.value.runs > 1)?.value.runs ?? 10} runs after a warm-up).`,
    '',
    '| Figure | Median | Min | Max | Target | Met | How it is measured |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.figure} | ${number(row.value.median)} ${row.unit} | ${number(row.value.min)} | ${number(row.value.max)} | ${row.target || '–'} | ${row.met === undefined ? '–' : row.met ? 'yes' : '**no**'} | ${row.how} |`),
    end,
  ];
  const text = readFileSync(readme, 'utf8');
  const table = lines.join('\n');
  const updated = text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), table) : `${text.trimEnd()}\n\n## Performance\n\n${table}\n`;
  writeFileSync(readme, updated);
}
