// The conversation cycle's pure logic (record.js, answers-file.js): the record prefilled
// from two preparations, last year's record brought forward, signatures, the format
// migration from version 1 and the file names.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { load, plain, kinds } = require('./harness.js');

const GW = load('model.js', 'canonical.js', 'answers-file.js', 'record.js');

const KINDS = kinds();

// A list section as the page has it: its fields are its kind's.
function listSection(id, kind) {
  return { id, kind, title: kind, fields: [], list: { item_label: kind, fields: KINDS[kind].fields } };
}

function formData(formId, author, sections) {
  return {
    form: { id: formId, version: 1, title: formId, author, file_name: formId === 'conversation-record' ? 'jaargesprek-verslag' : formId },
    language: 'en',
    content_version: '2026.11.0',
    sections,
    kinds: KINDS,
    forms: {
      'employee-annual': { title: 'Employee', author: 'employee' },
      'conversation-record': { title: 'Record', author: 'both' }
    }
  };
}

const RECORD = new GW.FormModel(formData('conversation-record', 'both', [
  {
    id: 'parties', kind: 'parties', title: 'Parties', fields: [
      'employee-name', 'employee-role', 'manager-name', 'manager-role', 'date'
    ].map((name) => ({ id: 'parties.' + name, control: name === 'date' ? 'date' : 'text' }))
  },
  listSection('agenda', 'agenda'),
  listSection('agreements', 'agreements'),
  listSection('follow-up', 'follow-up'),
  {
    id: 'signatures', kind: 'signatures', title: 'Signing', fields: [
      { id: 'signatures.employee', control: 'signature' }, { id: 'signatures.manager', control: 'signature' }
    ]
  }
]));

const PREPARATION = new GW.FormModel(formData('employee-annual', 'employee', [
  { id: 'about', kind: 'about', title: 'About', fields: ['name', 'other-party'].map((n) => ({ id: 'about.' + n, control: 'text' })) },
  listSection('look-back', 'look-back'),
  listSection('agenda', 'agenda')
]));

function file(author, answers, extra) {
  return Object.assign({
    format: 'gesprekswijzer-answers', format_version: 2,
    form: { id: author === 'manager' ? 'manager-preparation' : 'employee-annual', author },
    answers
  }, extra || {});
}

function about(name, value) {
  return { answer: value, section: 'about', kind: 'about' };
}

function list(kind, items) {
  return { answer: items, section: kind, kind };
}

function withoutKeys(items) {
  return plain(items).map((item) => { delete item.key; return item; });
}

const EMPLOYEE = file('employee', {
  'about.name': about('name', 'Sam de Vries'),
  'about.role': about('role', 'Adviser'),
  'about.date': about('date', '2027-03-12'),
  'about.other-party': about('other-party', 'Noor Bakker'),
  agenda: list('agenda', [{ text: 'Workload' }, { text: 'Training budget' }]),
  agreements: list('agreements', [{ type: 'smart', outcome: 'Finish the course', specific: 'Module 3' }])
});

const MANAGER = file('manager', {
  'about.name': about('name', 'N. Bakker'),
  'about.role': about('role', 'Team lead'),
  agenda: list('agenda', [{ text: 'New role' }, { text: '  workload ', raised_by: 'employee', source: 'employee-file' }, { text: 'Training budget' }]),
  'follow-up': list('follow-up', [{ date: '2027-06-01', note: 'Check course' }])
});

test('the record takes the names, roles and date from the files, each person named as such', () => {
  const { state } = GW.Record.prefill(RECORD, EMPLOYEE, MANAGER);
  assert.deepStrictEqual(plain(state.values), {
    'parties.employee-name': 'Sam de Vries',
    'parties.employee-role': 'Adviser',
    'parties.manager-name': 'N. Bakker',
    'parties.manager-role': 'Team lead',
    'parties.date': '2027-03-12'
  });
});

test('with one file, the other person is named from what that file says of them', () => {
  const { state } = GW.Record.prefill(RECORD, EMPLOYEE, null);
  assert.strictEqual(state.values['parties.manager-name'], 'Noor Bakker');
  const fromManager = GW.Record.prefill(RECORD, null, file('manager', { 'about.other-party': about('other-party', 'Sam') }));
  assert.strictEqual(fromManager.state.values['parties.employee-name'], 'Sam');
});

test('one agenda: each item marked by who raised it, an item taken over appears once', () => {
  const { state, counts } = GW.Record.prefill(RECORD, EMPLOYEE, MANAGER);
  assert.deepStrictEqual(withoutKeys(state.lists.agenda), [
    { text: 'Workload', raised_by: 'employee' },
    { text: 'Training budget', raised_by: 'both' },
    { text: 'New role', raised_by: 'manager' }
  ]);
  assert.strictEqual(counts.agenda, 3);
  assert.ok(state.lists.agenda.every((item) => /^[\w-]+$/.test(item.key)));
});

test('proposed agreements and follow-ups come over; follow-ups carry no "raised by"', () => {
  const { state, counts } = GW.Record.prefill(RECORD, EMPLOYEE, MANAGER);
  assert.deepStrictEqual(withoutKeys(state.lists.agreements), [
    {
      type: 'smart', outcome: 'Finish the course', specific: 'Module 3', measurable: '', acceptable: '', realistic: '', 'time-bound': '',
      direction: '', owner: '', support: '', progress: '', date: '', raised_by: 'employee'
    }
  ]);
  assert.strictEqual(counts.agreements, 1);
  assert.deepStrictEqual(withoutKeys(state.lists['follow-up']), [{ date: '2027-06-01', note: 'Check course' }]);
});

const LAST_RECORD = file('both', {
  'parties.date': { answer: '2026-11-20', section: 'parties', kind: 'parties' },
  agreements: list('agreements', [
    { type: 'smart', outcome: 'Finish the course', specific: 'Module 3', 'time-bound': 'By June', owner: 'employee', date: '2027-06-30' },
    { type: 'directional', outcome: 'Lead more', direction: 'Take on projects', specific: 'left over' }
  ]),
  'follow-up': list('follow-up', [
    { date: '2026-12-01', note: 'Already past' },
    { date: '2027-02-01', note: 'Still ahead' },
    { note: 'No date' },
    { date: '2027-05-01' }
  ])
}, { form: { id: 'conversation-record', author: 'both' } });

test('last year\'s record: each agreement with its outcome, its parts in letters, owner and due date', () => {
  const found = GW.Record.lookBack(PREPARATION, PREPARATION.lists['look-back'], LAST_RECORD, '2027-01-15');
  assert.deepStrictEqual(plain(found.items), [
    { agreement: 'Finish the course', details: 'S: Module 3\nT: By June', owner: 'employee', due: '2027-06-30' },
    { agreement: 'Lead more', details: 'Take on projects', owner: '', due: '' }
  ]);
  assert.strictEqual(found.date, '2026-11-20');
});

test('only follow-ups still open (no date, or not yet past) go on the new agenda', () => {
  const found = GW.Record.lookBack(PREPARATION, PREPARATION.lists['look-back'], LAST_RECORD, '2027-01-15');
  assert.deepStrictEqual(plain(found.others), [{
    into: 'agenda',
    items: [{ text: 'Still ahead', source: 'last-record' }, { text: 'No date', source: 'last-record' }]
  }]);
});

test('a signature holds its moment and the fingerprint signed, and nothing else parses as one', () => {
  const value = GW.Record.signatureValue(new Date(Date.UTC(2027, 2, 12, 10, 5)), 'AB12-CD34');
  assert.strictEqual(value, '2027-03-12T10:05:00.000Z#AB12-CD34');
  assert.deepStrictEqual(plain(GW.Record.parseSignature(value)), { at: '2027-03-12T10:05:00.000Z', fingerprint: 'AB12-CD34' });
  for (const bad of [true, '', 'yes', 'not a date#AB12-CD34', '2027-03-12#a#b', undefined]) {
    assert.strictEqual(GW.Record.parseSignature(bad), null, String(bad));
  }
});

test('the exported record carries the fingerprint of its content, not of its signatures', () => {
  const state = GW.Record.prefill(RECORD, EMPLOYEE, MANAGER).state;
  const before = GW.AnswersFile.build(RECORD, state);
  state.values['signatures.employee'] = GW.Record.signatureValue(new Date(), before.fingerprint);
  const signed = GW.AnswersFile.build(RECORD, state);
  assert.match(signed.fingerprint, /^[0-9A-F]{4}-[0-9A-F]{4}$/);
  assert.strictEqual(signed.fingerprint, before.fingerprint);
  assert.strictEqual(signed.answers['signatures.employee'].kind, 'signatures');
  state.values['parties.date'] = '2027-03-13';
  assert.notStrictEqual(GW.AnswersFile.build(RECORD, state).fingerprint, before.fingerprint);
  assert.strictEqual(GW.AnswersFile.build(PREPARATION, PREPARATION.emptyState()).fingerprint, undefined);
});

test('a version 1 file reads as version 2 with every answer kept', () => {
  const old = {
    format: 'gesprekswijzer-answers', format_version: 1,
    form: { id: 'conversation-record', version: 1, title: 'Record' },
    answers: {
      'about.name': { question: 'Your name', answer: 'Sam', section: 'about' },
      'remarks.signed': { question: 'Signed as seen', answer: true, section: 'remarks' },
      agreements: { question: 'Agreements', answer: [{ type: 'smart', outcome: 'X' }], section: 'agreements' }
    }
  };
  const copy = JSON.parse(JSON.stringify(old));
  const migrated = GW.AnswersFile.migrate(copy, RECORD.data.forms);
  assert.deepStrictEqual(copy, old, 'the file itself is left as it was');
  assert.strictEqual(migrated.format_version, 2);
  assert.strictEqual(migrated.migrated_from, 1);
  assert.strictEqual(migrated.form.author, 'both');
  assert.deepStrictEqual(Object.keys(migrated.answers), Object.keys(old.answers));
  assert.strictEqual(migrated.answers.agreements.kind, 'agreements');
  assert.strictEqual(migrated.answers['remarks.signed'].answer, true);
  const state = GW.AnswersFile.toState(migrated, RECORD);
  assert.deepStrictEqual(Object.keys(plain(state.legacy)).sort(), ['about.name', 'remarks.signed']);
  assert.strictEqual(state.lists.agreements[0].outcome, 'X');
  assert.strictEqual(GW.AnswersFile.migrate(migrated, {}), migrated, 'version 2 is left alone');
});

test('file names say which form and whose, in the page\'s language', () => {
  const state = RECORD.emptyState();
  assert.match(GW.AnswersFile.filename(RECORD, state, 'json'), /^jaargesprek-verslag-\d{4}-\d{2}-\d{2}\.json$/);
  state.values['parties.employee-name'] = '  Zoë van den Brïnk ';
  assert.match(GW.AnswersFile.filename(RECORD, state, 'json'), /^jaargesprek-verslag-zoe-van-den-brink-\d{4}-\d{2}-\d{2}\.json$/);
  const mine = PREPARATION.emptyState();
  mine.values['about.name'] = 'Sam';
  mine.values['about.other-party'] = 'Noor';
  assert.match(GW.AnswersFile.filename(PREPARATION, mine, 'ics'), /^employee-annual-sam-\d{4}/);
  assert.strictEqual(GW.slug('Ünïcode & <script>'), 'unicode-script');
});
