/** The report's output: markdown on stdout, progress on stderr. */
export const out = (line = '') => process.stdout.write(`${line}\n`);
/** Progress, on stderr so the report stays clean. */
export const note = (line: string) => process.stderr.write(`bench: ${line}\n`);
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
export const rule = (n: number) => row(Array.from({ length: n }, () => '---'));
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
