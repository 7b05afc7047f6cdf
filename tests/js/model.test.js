'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load, plain } = require('./harness');

const GW = load('model.js');

const DATA = {
  sections: [
    { id: 'check-in', kind: 'check-in', title: 'Check-in',
      fields: [{ id: 'check-in.how', html_id: 'h', label: 'How?', control: 'textarea', private: true }] },
    { id: 'reflection', kind: 'reflection', title: 'Reflection', fields: [],
      themes: [
        { id: 'wellbeing', title: 'Wellbeing', questions: [{ id: 'w-1', html_id: 'q1', label: 'W1', control: 'textarea' }] },
        { id: 'growth', title: 'Growth', questions: [{ id: 'g-1', html_id: 'q2', label: 'G1', control: 'textarea' }] }
      ] }
  ]
};

function answeredIds(model, state) {
  const ids = [];
  model.collect(state).forEach((part) => {
    part.fields.forEach((entry) => ids.push(entry.field.id));
    part.themes.forEach((group) => group.fields.forEach((entry) => ids.push(entry.field.id)));
  });
  return ids;
}

test('a private theme stays out of what leaves the device, the others go', () => {
  const model = new GW.FormModel(DATA);
  const state = model.normalise({
    values: { 'w-1': 'tired', 'g-1': 'a course', 'check-in.how': 'fine' },
    themes: ['wellbeing', 'growth'],
    private: { 'theme:wellbeing': true }
  });
  assert.deepEqual(answeredIds(model, state), ['check-in.how', 'g-1']);
});

test('a question marked private on its own in an older save makes its theme private', () => {
  const model = new GW.FormModel(DATA);
  const state = model.normalise({ values: { 'w-1': 'tired' }, themes: ['wellbeing'], private: { 'w-1': true } });
  assert.deepEqual(plain(state.private), { 'theme:wellbeing': true });
  assert.deepEqual(answeredIds(model, state), []);
});

test('a private answer of a section keeps its own flag', () => {
  const model = new GW.FormModel(DATA);
  const state = model.normalise({ values: { 'check-in.how': 'fine' }, private: { 'check-in.how': true, junk: 'yes' } });
  assert.deepEqual(plain(state.private), { 'check-in.how': true });
  assert.deepEqual(answeredIds(model, state), []);
});

test('an answer to a question the form no longer has leaves the device only if nothing marks it private', () => {
  const model = new GW.FormModel(DATA);
  const shared = (raw) => model.sharedLegacy(model.normalise(raw));
  assert.deepEqual(plain(shared({ values: { 'gone-1': 'kept' } })), ['gone-1']);
  assert.deepEqual(plain(shared({ values: { 'gone-1': 'kept' }, private: { 'gone-1': true } })), []);
  // Its theme is unknown once the question is gone: any private theme keeps it home.
  assert.deepEqual(plain(shared({ values: { 'gone-1': 'kept' }, private: { 'theme:growth': true } })), []);
  // A file may name its theme: then only that theme's privacy counts.
  const named = { legacy: { 'gone-2': { question: 'Q', answer: 'A', theme: 'growth' } } };
  assert.deepEqual(plain(shared({ ...named, private: { 'theme:wellbeing': true } })), ['gone-2']);
  assert.deepEqual(plain(shared({ ...named, private: { 'theme:growth': true } })), []);
});

test('progress counts a section filled in even when it is private', () => {
  const model = new GW.FormModel(DATA);
  const state = model.normalise({
    values: { 'check-in.how': 'fine', 'w-1': 'tired' },
    themes: ['wellbeing'],
    private: { 'check-in.how': true, 'theme:wellbeing': true }
  });
  assert.deepEqual(plain(model.progress(state)), [
    { id: 'check-in', status: 'answered' },
    { id: 'reflection', status: 'answered' }
  ]);
  assert.deepEqual(plain(model.progress(model.emptyState())).map((section) => section.status), ['empty', 'empty']);
});

test('a section counts as filled once anything in it is typed or loaded from a file', () => {
  const model = new GW.FormModel({
    sections: DATA.sections.concat([
      { id: 'look-back', kind: 'look-back', title: 'Last year', fields: [], list: { fixed: true, fields: [] } },
      { id: 'agenda', kind: 'agenda', title: 'Agenda', fields: [],
        list: { fixed: false, fields: [{ id: 'text', label: 'Point', control: 'textarea' }] } }
    ])
  });
  const empty = model.normalise({});
  assert.deepEqual(plain(model.filledSections(empty)), {});
  const state = model.normalise({
    values: { 'g-1': 'unchosen theme' },
    themes: ['wellbeing'],
    lists: { 'look-back': [{ what: 'course' }], agenda: [{ text: '' }] }
  });
  // An answer to a theme not chosen, and a list item left blank, fill nothing.
  assert.deepEqual(plain(model.filledSections(state)), { 'look-back': true });
  state.values['check-in.how'] = 'fine';
  state.lists.agenda = [{ text: 'Workload' }];
  assert.deepEqual(plain(model.filledSections(state)), { 'check-in': true, 'look-back': true, agenda: true });
});
