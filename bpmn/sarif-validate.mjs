// Validates SARIF logs against the OASIS SARIF 2.1.0 JSON schema (shipped by
// @microsoft/jest-sarif) with ajv; any schema error fails the run.
// Usage: node bpmn/sarif-validate.mjs FILE.sarif...
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const draft04 = require('ajv/lib/refs/json-schema-draft-04.json');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node sarif-validate.mjs FILE.sarif...');
  process.exit(2);
}

// The schema is written in draft 04, whose identifier keyword is `id`.
const quiet = { log() {}, warn() {}, error: console.error };
const ajv = new Ajv({ schemaId: 'id', allErrors: true, format: 'full', logger: quiet });
ajv.addMetaSchema(draft04);
const validate = ajv.compile(schema);
let errors = 0;
for (const file of files) {
  const log = JSON.parse(await readFile(file, 'utf8'));
  if (!validate(log)) {
    for (const e of validate.errors) {
      errors++;
      console.log(`${file}: ${e.dataPath || '/'} ${e.message}`);
    }
  }
}
console.log(`${files.length} SARIF logs, ${errors} schema errors`);
process.exit(errors === 0 ? 0 : 1);
