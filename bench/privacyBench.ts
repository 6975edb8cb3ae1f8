/**
 * Privacy guard figures (`npx tsx bench/privacyBench.ts`, also part of `npm run bench`): precision and recall per
 * kind and the false-block rate on the labelled set (src/domain/__fixtures__/privacyLabelled.ts), the size of
 * the embedded name lexicon, and the time to scan a 4,000-character question. Figures only, never assertions.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { FIXTURE_NOW } from '../src/domain/__fixtures__/privacy.fixtures';
import { LABELLED_SENTENCES } from '../src/domain/__fixtures__/privacyLabelled';
import { measure } from '../src/domain/__fixtures__/privacyMeasure';
import type { PrivacyScore } from '../src/domain/__fixtures__/privacyMeasure';
import { scanText } from '../src/domain/privacy';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function scores(): void {
  const s: PrivacyScore = measure(LABELLED_SENTENCES, { now: FIXTURE_NOW });
  const clean = LABELLED_SENTENCES.filter((x) => x.expect.length === 0).length;
  console.log(
    `\nPrivacy guard on the labelled set (${LABELLED_SENTENCES.length - clean} sentences with details, ${clean} without)`
  );
  console.log('  kind        expected  found  findings  precision  recall');
  for (const kind of Object.keys(s.perKind)) {
    const k = s.perKind[kind];
    if (k.expected === 0 && k.findings === 0) continue;
    console.log(
      `  ${kind.padEnd(10)} ${String(k.expected).padStart(9)} ${String(k.found).padStart(6)} ${String(k.findings).padStart(9)}` +
        ` ${pct(k.precision).padStart(10)} ${pct(k.recall).padStart(7)}`
    );
  }
  console.log(`  names (any name kind): recall ${pct(s.nameRecall)}`);
  console.log(
    `  false blocks: ${s.falseBlocks.length} of ${clean} sentences without details (${pct(s.falseBlockRate)})`
  );
  for (const f of s.falseBlocks) console.log(`    blocked: "${f.text}" (${f.findings.join(', ')})`);
  for (const m of s.misses) console.log(`    missed: ${m}`);
  for (const m of s.strayFindings) console.log(`    stray: ${m}`);
}

function lexiconSize(): void {
  const file = path.resolve(__dirname, '../src/domain/privacy/nameLexicon.ts');
  const source = fs.readFileSync(file);
  console.log(
    `\nName lexicon (src/domain/privacy/nameLexicon.ts): ${source.length} bytes, ${zlib.gzipSync(source, { level: 9 }).length} gzip`
  );
}

function scanTime(): void {
  const sentences = LABELLED_SENTENCES.map((s) => s.text);
  let text = '';
  for (let i = 0; text.length < 4000; i++) text += sentences[i % sentences.length] + '. ';
  text = text.slice(0, 4000);
  const coldStarted = process.hrtime.bigint();
  scanText(text); // the first scan also builds the lexicon sets
  const cold = Number(process.hrtime.bigint() - coldStarted) / 1e6;
  for (let i = 0; i < 20; i++) scanText(text); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = process.hrtime.bigint();
    scanText(text);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `\nScan of a 4,000-character text: first scan ${cold.toFixed(2)} ms (builds the lexicons), then median ${times[100].toFixed(2)} ms, p95 ${times[190].toFixed(2)} ms over 200 runs`
  );
}

/** Prints the privacy figures. */
export function privacyBench(): void {
  scanTime();
  scores();
  lexiconSize();
}

if (require.main === module) {
  privacyBench();
}
