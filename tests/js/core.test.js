// Dates as people type them in a date field, and as the page shows them (core.js).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness.js');

const GW = load();

test('a date typed day first becomes ISO, with any common separator', () => {
  assert.equal(GW.dateFromText('15-3-2027'), '2027-03-15');
  assert.equal(GW.dateFromText('15/03/2027'), '2027-03-15');
  assert.equal(GW.dateFromText(' 1.1.2027 '), '2027-01-01');
  assert.equal(GW.dateFromText('2027-03-15'), '2027-03-15');
});

test('what is not a real date stays unparsed', () => {
  for (const text of ['', '15-3-27', '31-2-2027', '3/15/2027', '15 maart 2027', 'morgen']) {
    assert.equal(GW.dateFromText(text), null, text);
  }
});

test('a stored date is shown in the page language order', () => {
  assert.equal(GW.dateForInput('2027-03-15', 'nl'), '15-3-2027');
  assert.equal(GW.dateForInput('2027-03-15', 'en'), '15/3/2027');
  assert.equal(GW.dateForInput('not a date', 'en'), 'not a date');
  assert.equal(GW.dateFromText(GW.dateForInput('2027-12-01', 'nl')), '2027-12-01');
});

test('written-out dates are British in English and Dutch in Dutch', () => {
  assert.equal(GW.formatDate('2027-03-15', 'en'), '15 March 2027');
  assert.equal(GW.formatDate('2027-03-15', 'nl'), '15 maart 2027');
});

test('a theme named in the link is added to the chosen themes, in the form order', () => {
  const order = ['wellbeing', 'looking-back', 'looking-ahead'];
  assert.deepEqual([...GW.withLinkedTheme(['looking-ahead'], order, '?theme=wellbeing')],
    ['wellbeing', 'looking-ahead']);
  const chosen = ['wellbeing'];
  assert.equal(GW.withLinkedTheme(chosen, order, '?theme=wellbeing'), chosen);
  assert.equal(GW.withLinkedTheme(chosen, order, '?theme=unknown'), chosen);
  assert.equal(GW.withLinkedTheme(chosen, order, ''), chosen);
  assert.equal(GW.withLinkedTheme(chosen, order, '?theme=<script>'), chosen);
});

test('a label and its value read as one phrase, without a doubled colon', () => {
  assert.equal(GW.labelled('Owner', 'Both'), 'Owner: Both');
  assert.equal(GW.labelled('Who takes it on?', 'Both'), 'Who takes it on? Both');
  assert.equal(GW.labelled('Date:', '1 May'), 'Date: 1 May');
});
