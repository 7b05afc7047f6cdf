// The three-way merge of two tabs' states (merge.js): run with `node --test tests/js/`.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load, plain } = require('./harness.js');

const GW = load('model.js', 'merge.js');

function state(parts = {}) {
  return { values: {}, themes: [], lists: {}, private: {}, legacy: {}, ...parts };
}

function merge(base, mine, theirs) {
  return plain(GW.mergeStates(base, mine, theirs));
}

function keys(items) {
  return items.map((item) => item.key);
}

test('changes to different fields are merged', () => {
  const base = state({ values: { name: 'Sam' } });
  const mine = state({ values: { name: 'Sam', role: 'Teacher' } });
  const theirs = state({ values: { name: 'Sam de Vries' } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.values, { name: 'Sam de Vries', role: 'Teacher' });
});

test('the same field changed to the same value is merged', () => {
  const result = merge(state(), state({ values: { name: 'Sam' } }), state({ values: { name: 'Sam' } }));
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.values, { name: 'Sam' });
});

test('the same field changed to different values is a conflict that keeps mine', () => {
  const base = state({ values: { name: 'Sam', role: 'Teacher' } });
  const mine = state({ values: { name: 'Sam (mine)', role: 'Teacher' } });
  const theirs = state({ values: { name: 'Sam (theirs)', role: 'Coach' } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, [
    { path: ['values', 'name'], id: 'name', mine: 'Sam (mine)', theirs: 'Sam (theirs)' }
  ]);
  assert.deepEqual(result.state.values, { name: 'Sam (mine)', role: 'Coach' });
});

test('a blank answer is the same as no answer', () => {
  const result = merge(state(), state({ values: { name: '', signed: false } }), state({ values: { name: 'Sam' } }));
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.values, { name: 'Sam' });
});

test('a field cleared on one side is cleared', () => {
  const base = state({ values: { name: 'Sam', role: 'Teacher' } });
  const mine = state({ values: { role: 'Teacher' } });
  const result = merge(base, mine, base);
  assert.deepEqual(result.state.values, { role: 'Teacher' });
});

test('themes added and removed on both sides are merged', () => {
  const base = state({ themes: ['a', 'b'] });
  const mine = state({ themes: ['b', 'c'] });
  const theirs = state({ themes: ['a', 'b', 'd'] });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual([...result.state.themes].sort(), ['b', 'c', 'd']);
});

test('private flags are merged per id', () => {
  const base = state({ private: { a: true } });
  const mine = state({ private: { a: true, b: true } });
  const theirs = state({ private: {} });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.private, { b: true });
});

test('a legacy answer is merged as a whole', () => {
  const old = { question: 'Old question', answer: 'Old answer' };
  const base = state({ legacy: { q1: old, q2: old } });
  const mine = state({ legacy: { q1: { ...old, answer: 'Mine' }, q2: old } });
  const theirs = state({ legacy: { q1: { ...old, answer: 'Theirs' } } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, [
    {
      path: ['legacy', 'q1'], id: 'q1',
      mine: { question: 'Old question', answer: 'Mine' },
      theirs: { question: 'Old question', answer: 'Theirs' }
    }
  ]);
  assert.deepEqual(result.state.legacy, { q1: { question: 'Old question', answer: 'Mine' } });
});

test('a legacy answer equal on both sides is no conflict, whatever the key order', () => {
  const entry = { question: 'Q', answer: 'A' };
  const result = merge(state(), state({ legacy: { q: entry } }), state({ legacy: { q: { answer: 'A', question: 'Q' } } }));
  assert.deepEqual(result.conflicts, []);
});

test('list items added on both sides are all kept: theirs in place, mine after', () => {
  const base = state({ lists: { agenda: [{ key: 'a', text: 'One' }] } });
  const mine = state({ lists: { agenda: [{ key: 'a', text: 'One' }, { key: 'm', text: 'Mine' }] } });
  const theirs = state({ lists: { agenda: [{ key: 'a', text: 'One' }, { key: 't', text: 'Theirs' }] } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.lists.agenda, [
    { key: 'a', text: 'One' }, { key: 't', text: 'Theirs' }, { key: 'm', text: 'Mine' }
  ]);
});

test('fields of one item edited on both sides are merged per field', () => {
  const base = state({ lists: { feedback: [{ key: 'a', from: '', said: '' }] } });
  const mine = state({ lists: { feedback: [{ key: 'a', from: 'Kim', said: '' }] } });
  const theirs = state({ lists: { feedback: [{ key: 'a', from: '', said: 'Good work', raised_by: 'manager' }] } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.lists.feedback, [{ key: 'a', from: 'Kim', said: 'Good work', raised_by: 'manager' }]);
});

test('an item field edited differently on both sides is a conflict', () => {
  const base = state({ lists: { agenda: [{ key: 'a', text: 'One' }] } });
  const mine = state({ lists: { agenda: [{ key: 'a', text: 'Mine' }] } });
  const theirs = state({ lists: { agenda: [{ key: 'a', text: 'Theirs' }] } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, [
    { path: ['lists', 'agenda', 'a', 'text'], id: 'agenda', listId: 'agenda', itemKey: 'a', field: 'text', mine: 'Mine', theirs: 'Theirs' }
  ]);
  assert.deepEqual(result.state.lists.agenda, [{ key: 'a', text: 'Mine' }]);
});

test('an item removed on one side and untouched on the other is removed', () => {
  const one = { key: 'a', text: 'One' };
  const two = { key: 'b', text: 'Two' };
  const base = state({ lists: { agenda: [one, two] } });
  const removedByMe = merge(base, state({ lists: { agenda: [two] } }), base);
  assert.deepEqual(removedByMe.conflicts, []);
  assert.deepEqual(removedByMe.state.lists.agenda, [two]);
  const removedByThem = merge(base, base, state({ lists: { agenda: [one] } }));
  assert.deepEqual(removedByThem.conflicts, []);
  assert.deepEqual(removedByThem.state.lists.agenda, [one]);
});

test('an item removed on one side and edited on the other is a conflict on the edited fields', () => {
  const base = state({ lists: { feedback: [{ key: 'a', from: 'Kim', said: 'Good' }, { key: 'b', from: 'Jo', said: '' }] } });
  const mine = state({ lists: { feedback: [{ key: 'b', from: 'Jo', said: '' }] } });
  const theirs = state({ lists: { feedback: [{ key: 'a', from: 'Kim', said: 'Very good' }, { key: 'b', from: 'Jo', said: '' }] } });
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts.length, 1);
  const conflict = result.conflicts[0];
  assert.deepEqual(conflict.path, ['lists', 'feedback', 'a', 'said']);
  assert.equal(conflict.field, 'said');
  assert.equal(conflict.mine, undefined);
  assert.equal(conflict.theirs, 'Very good');
  assert.equal(conflict.removed, 'mine');
  assert.deepEqual(keys(result.state.lists.feedback), ['b'], 'the state holds mine: removed');

  const back = plain(GW.resolveConflicts(result.state, result.conflicts, 'theirs'));
  assert.deepEqual(back.lists.feedback, [{ key: 'a', from: 'Kim', said: 'Very good' }, { key: 'b', from: 'Jo', said: '' }]);
  const gone = plain(GW.resolveConflicts(result.state, result.conflicts, 'mine'));
  assert.deepEqual(keys(gone.lists.feedback), ['b']);
});

test('an item edited here and removed in the other tab is kept until resolved', () => {
  const base = state({ lists: { agenda: [{ key: 'a', text: 'One' }] } });
  const mine = state({ lists: { agenda: [{ key: 'a', text: 'One, edited' }] } });
  const theirs = state({ lists: { agenda: [] } });
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts.length, 1);
  assert.equal(result.conflicts[0].removed, 'theirs');
  assert.equal(result.conflicts[0].mine, 'One, edited');
  assert.equal(result.conflicts[0].theirs, undefined);
  assert.deepEqual(keys(result.state.lists.agenda), ['a']);
  assert.deepEqual(plain(GW.resolveConflicts(result.state, result.conflicts, 'theirs')).lists.agenda, []);
});

test('a list reordered on one side takes that order, with the other side\'s edits', () => {
  const items = (a, b, c) => [{ key: 'a', text: a }, { key: 'b', text: b }, { key: 'c', text: c }];
  const base = state({ lists: { agenda: items('A', 'B', 'C') } });
  const [a, b, c] = items('A', 'B', 'C edited');
  const theirs = state({ lists: { agenda: [a, b, c] } });
  const mine = state({ lists: { agenda: [items('A', 'B', 'C')[2], items('A', 'B', 'C')[0], items('A', 'B', 'C')[1]] } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state.lists.agenda, [{ key: 'c', text: 'C edited' }, { key: 'a', text: 'A' }, { key: 'b', text: 'B' }]);
  const other = merge(base, theirs, mine);
  assert.deepEqual(keys(other.state.lists.agenda), ['c', 'a', 'b']);
});

test('a new item from the other tab keeps its place when this tab reordered', () => {
  const base = state({ lists: { agenda: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] } });
  const mine = state({ lists: { agenda: [{ key: 'c' }, { key: 'a' }, { key: 'b' }] } });
  const added = state({ lists: { agenda: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 't' }] } });
  assert.deepEqual(keys(merge(base, mine, added).state.lists.agenda), ['c', 'a', 'b', 't']);
  const inserted = state({ lists: { agenda: [{ key: 'a' }, { key: 'b' }, { key: 't' }, { key: 'c' }] } });
  assert.deepEqual(keys(merge(base, mine, inserted).state.lists.agenda), ['t', 'c', 'a', 'b'], 'before the item it came before');
});

test('a list reordered differently on both sides is a conflict on its order', () => {
  const base = state({ lists: { agenda: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] } });
  const mine = state({ lists: { agenda: [{ key: 'c' }, { key: 'a' }, { key: 'b' }] } });
  const theirs = state({ lists: { agenda: [{ key: 'b' }, { key: 'a' }, { key: 'c' }] } });
  const result = merge(base, mine, theirs);
  assert.deepEqual(result.conflicts, [
    { path: ['lists', 'agenda'], id: 'agenda', listId: 'agenda', mine: ['c', 'a', 'b'], theirs: ['b', 'a', 'c'] }
  ]);
  assert.deepEqual(keys(result.state.lists.agenda), ['c', 'a', 'b']);
  const theirsWins = plain(GW.resolveConflicts(result.state, result.conflicts, 'theirs'));
  assert.deepEqual(keys(theirsWins.lists.agenda), ['b', 'a', 'c']);
});

test('resolveConflicts settles every conflict for the chosen side and keeps the rest', () => {
  const base = state({ values: { name: 'Sam', role: 'Teacher' }, lists: { agenda: [{ key: 'a', text: 'One' }] } });
  const mine = state({ values: { name: 'Mine', role: 'Teacher', date: '2027-01-01' }, lists: { agenda: [{ key: 'a', text: 'Mine' }] } });
  const theirs = state({ values: { name: 'Theirs', role: 'Coach' }, lists: { agenda: [{ key: 'a', text: 'Theirs' }] } });
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts.length, 2);

  const kept = plain(GW.resolveConflicts(result.state, result.conflicts, 'mine'));
  assert.deepEqual(kept.values, { name: 'Mine', role: 'Coach', date: '2027-01-01' });
  assert.deepEqual(kept.lists.agenda, [{ key: 'a', text: 'Mine' }]);

  const taken = plain(GW.resolveConflicts(result.state, result.conflicts, 'theirs'));
  assert.deepEqual(taken.values, { name: 'Theirs', role: 'Coach', date: '2027-01-01' });
  assert.deepEqual(taken.lists.agenda, [{ key: 'a', text: 'Theirs' }]);
  assert.deepEqual(result.state.values.name, 'Mine', 'resolving does not change its input');
});

test('resolveConflicts takes an answer removed on the chosen side away', () => {
  const base = state({ values: { name: 'Sam' } });
  const result = merge(base, state({ values: {} }), state({ values: { name: 'Sam de Vries' } }));
  assert.equal(result.conflicts.length, 1);
  assert.deepEqual(plain(GW.resolveConflicts(result.state, result.conflicts, 'mine')).values, {});
  assert.deepEqual(plain(GW.resolveConflicts(result.state, result.conflicts, 'theirs')).values, { name: 'Sam de Vries' });
});

test('a missing base (nothing saved yet) and missing parts are handled', () => {
  const result = merge(null, { values: { name: 'Sam' } }, state({ themes: ['a'] }));
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(result.state, state({ values: { name: 'Sam' }, themes: ['a'] }));
});

test('sameStates ignores blank answers, empty lists and theme order', () => {
  const a = state({ values: { name: 'Sam', role: '' }, themes: ['x', 'y'], lists: { agenda: [] } });
  const b = state({ values: { name: 'Sam' }, themes: ['y', 'x'] });
  assert.equal(GW.sameStates(a, b), true);
  assert.equal(GW.sameStates(a, state({ values: { name: 'Kim' } })), false);
});
