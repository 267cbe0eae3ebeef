#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm ci` / `npm install` through the prepare script).
let main;
try {
  main = require('../dist/src/cli/main.js');
} catch (e) {
  process.stderr.write('deeplin: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` first.\n');
  process.exit(2);
}
process.exitCode = main.runCli(process.argv.slice(2));
