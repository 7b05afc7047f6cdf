// Loads the forms' classic scripts into a fresh V8 context, so that their pure logic
// can be unit-tested with Node's built-in test runner (no browser, no packages).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { execFileSync } = require('node:child_process');

const SCRIPTS = path.join(__dirname, '..', '..', 'site_templates', 'assets', 'javascripts', 'gesprekswijzer');

// Runs core.js and then each named script; returns the Gesprekswijzer namespace.
function load(...names) {
  const context = vm.createContext({ console, TextEncoder, Intl, setTimeout, clearTimeout });
  context.window = context;
  for (const name of ['core.js', ...names]) {
    const code = fs.readFileSync(path.join(SCRIPTS, name), 'utf8');
    vm.runInContext(code, context, { filename: name });
  }
  return context.Gesprekswijzer;
}

// Values made inside the context have the context's prototypes; this makes them plain
// so that assert.deepStrictEqual compares them with values made in the test.
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}

// Every section kind's layout as the pages get it, less the labels (each label is its
// field's name): read from the one table in generator/sectionkinds.py (through generator/kindlayout.py).
let layouts = null;
function kinds() {
  if (!layouts) {
    const root = path.join(__dirname, '..', '..');
    const python = process.env.PYTHON || 'python3';
    layouts = JSON.parse(execFileSync(python, ['-m', 'generator.kindlayout'], { cwd: root, encoding: 'utf8' }));
  }
  return plain(layouts);
}

module.exports = { load, plain, kinds, SCRIPTS };
