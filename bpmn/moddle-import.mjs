// Imports every BPMN file given with bpmn-moddle's fromXML; any warning or error fails the run.
// Usage: node bpmn/moddle-import.mjs FILE.bpmn...
import { readFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node moddle-import.mjs FILE.bpmn...');
  process.exit(2);
}

const moddle = new BpmnModdle();
let warnings = 0;
let errors = 0;
for (const file of files) {
  const xml = await readFile(file, 'utf8');
  try {
    const result = await moddle.fromXML(xml, 'bpmn:Definitions');
    for (const w of result.warnings) {
      warnings++;
      console.log(`${file}: warning: ${w.message}`);
    }
    if (!result.rootElement || result.rootElement.rootElements.length === 0) {
      errors++;
      console.log(`${file}: error: no root elements imported`);
    }
  } catch (e) {
    errors++;
    console.log(`${file}: error: ${e.message}`);
  }
}
console.log(`moddle: ${files.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors + warnings > 0 ? 1 : 0);
