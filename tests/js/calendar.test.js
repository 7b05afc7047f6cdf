// The calendar file (calendar.js): times as typed, timed and all-day events, reminders.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness.js');

const GW = load('calendar.js');
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
