// Times bpmn-auto-layout's layoutProcess on semantic-only BPMN files (no DI), the same processes
// that benches/layout.rs lays out itself, so both layouts are measured in one run.
// Usage: node bpmn/auto-layout-bench.mjs ITERATIONS FILE.bpmn...
// Writes each file's layout beside it as FILE.auto.bpmn (the bench measures its DI as it measures
// ours) and prints one line per file and a final `auto-layout: files=N per_process_ms=X total_ms=Y`.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { layoutProcess } from 'bpmn-auto-layout';

const [iterArg, ...files] = process.argv.slice(2);
const iterations = Number.parseInt(iterArg, 10);
if (!Number.isInteger(iterations) || iterations < 1 || files.length === 0) {
  console.error('usage: node auto-layout-bench.mjs ITERATIONS FILE.bpmn...');
  process.exit(2);
}

let total = 0;
for (const file of files) {
  const xml = await readFile(file, 'utf8');
  // One untimed run warms the JIT and checks that a layout really came out.
  const laidOut = await layoutProcess(xml);
  if (!laidOut.includes('BPMNShape')) {
    console.error(`${file}: bpmn-auto-layout produced no shapes`);
    process.exit(1);
  }
  await writeFile(file.replace(/\.bpmn$/, '.auto.bpmn'), laidOut);
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await layoutProcess(xml);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  total += median;
  console.log(`${basename(file)} ${median.toFixed(3)} ms`);
}
console.log(`auto-layout: files=${files.length} per_process_ms=${(total / files.length).toFixed(4)} total_ms=${total.toFixed(3)}`);
