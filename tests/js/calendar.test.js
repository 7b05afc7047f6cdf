// The calendar file (ics.js): times as typed, timed and all-day events, reminders.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load, kinds } = require('./harness.js');

const GW = load('model.js', 'ics.js');
const KINDS = kinds();
const NOW = new Date(Date.UTC(2027, 2, 1, 12, 0, 0));

test('a time is read as people type it', () => {
  assert.equal(GW.Calendar.timeFromText('14:30'), '14:30');
  assert.equal(GW.Calendar.timeFromText('9.00'), '09:00');
  assert.equal(GW.Calendar.timeFromText('0930'), '09:30');
  assert.equal(GW.Calendar.timeFromText(' 9 uur '), '09:00');
  assert.equal(GW.Calendar.timeFromText('25:00'), null);
  assert.equal(GW.Calendar.timeFromText('half tien'), null);
});

test('a conversation with a time starts then, lasts as long as chosen and reminds', () => {
  const text = GW.Calendar.build(
    [{ date: '2027-03-15', time: '14:30', duration: 'PT1H30M', reminder: '-P1D', summary: 'Gesprek met Sam' }],
    'employee-annual', NOW
  );
  const lines = text.split('\r\n');
  assert.ok(lines.includes('DTSTART:20270315T143000'), text);
  assert.ok(lines.includes('DURATION:PT1H30M'), text);
  assert.ok(!lines.some((line) => line.startsWith('DTEND')), text);
  const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
  assert.deepEqual(alarm, ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Gesprek met Sam', 'TRIGGER:-P1D', 'END:VALARM']);
  assert.ok(lines.indexOf('END:VALARM') < lines.indexOf('END:VEVENT'));
});

test('without a time the event takes the whole day, and without a reminder has no alarm', () => {
  const text = GW.Calendar.build([{ date: '2027-03-15', summary: 'Follow-up' }], 'f', NOW);
  const lines = text.split('\r\n');
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20270315'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:20270316'));
  assert.ok(!text.includes('VALARM'));
});

// A form with a conversation date and follow-ups, laid out as the kinds table says.
function fakeForm(values, lists, privateFlags) {
  const data = {
    sections: [
      { id: 'about', kind: 'about', fields: ['date', 'other-party'].map((name) => ({ id: 'about.' + name, control: 'text' })) },
      { id: 'follow-up', kind: 'follow-up', fields: [], list: { fields: KINDS['follow-up'].fields } }
    ],
    kinds: KINDS
  };
  return {
    data,
    model: new GW.FormModel(data),
    state: { values, lists, private: privateFlags || {} },
    t: (key, fill) => key + (fill ? ' ' + Object.values(fill).join(' ') : '')
  };
}

test('a private list of follow-ups stays out of the calendar file', () => {
  const lists = { 'follow-up': [{ key: 'a', date: '2027-06-01', note: 'SECRET' }] };
  const values = { 'about.date': '2027-03-15' };
  assert.equal(GW.Calendar.events(fakeForm(values, lists), {}).length, 2);
  const kept = GW.Calendar.events(fakeForm(values, lists, { 'follow-up': true }), {});
  assert.equal(kept.length, 1);
  assert.ok(!JSON.stringify(kept).includes('SECRET'));
});

test('conversations with different people on one day keep apart, and an hour reminder on a whole day comes the morning before', () => {
  const withSam = GW.Calendar.events(fakeForm({ 'about.date': '2027-03-15', 'about.other-party': 'Sam' }, {}), { reminder: '-PT1H' });
  const withNoor = GW.Calendar.events(fakeForm({ 'about.date': '2027-03-15', 'about.other-party': 'Noor' }, {}), { reminder: '-PT1H' });
  const uid = (events) => GW.Calendar.build(events, 'f', NOW).split('\r\n').find((line) => line.startsWith('UID:'));
  assert.notEqual(uid(withSam), uid(withNoor));
  assert.ok(GW.Calendar.build(withSam, 'f', NOW).includes('TRIGGER:-PT15H'));
  const timed = GW.Calendar.events(fakeForm({ 'about.date': '2027-03-15' }, {}), { time: '10:00', reminder: '-PT1H' });
  assert.ok(GW.Calendar.build(timed, 'f', NOW).includes('TRIGGER:-PT1H'));
});
