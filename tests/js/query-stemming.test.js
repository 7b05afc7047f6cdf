// The search query stemming that runs in the search worker (workers/query-stemming.js).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const FILE = path.join(__dirname, '..', '..', 'site_templates', 'assets', 'javascripts', 'workers', 'query-stemming.js');

function worker() {
  const listeners = [];
  class Token {
    constructor(text) { this.text = text; }
    toString() { return this.text; }
  }
  const context = vm.createContext({ addEventListener: (type, fn) => listeners.push(fn) });
  context.self = context;
  context.lunr = { Token };
  vm.runInContext(fs.readFileSync(FILE, 'utf8'), context);
  return { search: context.GesprekswijzerSearch, listeners, context };
}

// Stands in for a language's stemmer: drops a plural, and turns a final y into i.
const stem = (token) => String(token).replace(/(en|s)$/, '').replace(/y$/, 'i');

test('each word is cut to the start it shares with its stem', () => {
  const { search } = worker();
  assert.equal(search.stemQuery('jaargesprekken', stem), 'jaargesprekk');
  assert.equal(search.stemQuery('Appraisals  forms', stem), 'appraisal  form');
  assert.equal(search.stemQuery('energy', stem), 'energ');
});

test('short words, operators and field names stay as typed', () => {
  const { search } = worker();
  assert.equal(search.stemQuery('cao', stem), 'cao');
  assert.equal(search.stemQuery('+goals -tests', stem), '+goal -test');
  assert.equal(search.stemQuery('title:goals', stem), 'title:goals');
  assert.equal(search.stemQuery('boys', () => 'x'), 'boys', 'a stem that shares too little is not used');
});

test('a query message is stemmed in the language the setup named', () => {
  const { listeners, context } = worker();
  context.lunr.nl = { stemmer: stem };
  const setup = { type: 0, data: { config: { lang: ['nl'] } } };
  const query = { type: 2, data: 'gesprekken' };
  listeners.forEach((listener) => listener({ data: setup }));
  listeners.forEach((listener) => listener({ data: query }));
  assert.equal(query.data, 'gesprekk');
});
