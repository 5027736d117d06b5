// duckdb.mjs: a stand-in for the duckdb command for scripts/bench.sh, when
// the DuckDB CLI is not installed but Node.js is: DuckDB's Node.js client
// (@duckdb/node-api, installed by scripts/bench-duckdb.sh).
//   node duckdb.mjs -csv < file.sql   the result of the last statement, CSV
//   node duckdb.mjs --version         DuckDB's version
// Two threads, as the DuckDB numbers of issue 10.  Node.js's start (about
// 0.04 s here) is in every time measured through it.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await db.connect();
if (process.argv.includes('--version')) {
	const r = await con.runAndReadAll('SELECT version()');
	console.log('DuckDB ' + r.getRowsJS()[0][0] + ' (Node.js client)');
	process.exit(0);
}
const reader = await con.runAndReadAll(readFileSync(0, 'utf8'));
const field = (v) => {
	if (v === null || v === undefined)
		return '';
	const s = String(v);
	return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};
const out = [reader.columnNames().map(field).join(',')];
for (const row of reader.getRowsJS())
	out.push(row.map(field).join(','));
process.stdout.write(out.join('\n') + '\n');
