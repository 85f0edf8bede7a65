// Checks a release folder with frictionlessdata's datapackage-js and tableschema-js, an
// implementation of the Frictionless specifications that shares no code with the SDK: the
// descriptor against the Data Package profile, then every row of every tabular resource
// (types, constraints including patterns as JavaScript reads them, primary keys, foreign keys).
// Prints one JSON object: {"valid": bool, "descriptor": [...], "resources": [{name, rows, errors}]}.
'use strict';
const path = require('path');
const { Package } = require('datapackage');

const MAX_ERRORS = 20;

function describe(error) {
  const parts = [error.message || String(error)];
  if (error.rowNumber !== undefined) parts.push('row ' + error.rowNumber);
  if (error.columnNumber !== undefined) parts.push('column ' + error.columnNumber);
  if (Array.isArray(error.errors)) parts.push(...error.errors.map((e) => e.message || String(e)));
  return parts.join(' | ');
}

async function checkResource(resource) {
  const report = { name: resource.name, tabular: resource.tabular, rows: 0, errors: [] };
  if (!resource.tabular) {
    return report;
  }
  const stream = await resource.iter({ cast: true, forceCast: true, relations: true, extended: true });
  for await (const row of stream) {
    report.rows += 1;
    const values = Array.isArray(row) ? row[2] : row;
    if (values instanceof Error) {
      if (report.errors.length < MAX_ERRORS) report.errors.push(describe(values));
    } else if (Array.isArray(values)) {
      values.filter((v) => v instanceof Error).forEach((e) => {
        if (report.errors.length < MAX_ERRORS) report.errors.push(describe(e));
      });
    }
  }
  return report;
}

async function main() {
  const dir = path.resolve(process.argv[2]);
  const result = { valid: true, descriptor: [], resources: [] };
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir, strict: false });
  if (!pkg.valid) {
    result.valid = false;
    result.descriptor = pkg.errors.map(describe);
  }
  for (const resource of pkg.resources) {
    let report;
    try {
      report = await checkResource(resource);
    } catch (error) {
      report = { name: resource.name, tabular: resource.tabular, rows: 0, errors: [describe(error)] };
    }
    if (report.errors.length > 0) result.valid = false;
    result.resources.push(report);
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  process.stdout.write(JSON.stringify({ valid: false, descriptor: [describe(error)], resources: [] }) + '\n');
  process.exitCode = 2;
});
