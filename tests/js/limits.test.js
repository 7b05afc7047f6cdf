'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness.js');

const GW = load('limits.js');

test('saved answers expire only after the days the organisation set', () => {
  const now = new Date(Date.UTC(2027, 0, 31, 12));
  const expired = GW.savedAnswersExpired;
  assert.equal(expired('2027-01-01T12:00:00Z', 30, now), false);
  assert.equal(expired('2027-01-01T11:59:00Z', 30, now), true);
  assert.equal(expired('2020-01-01T00:00:00Z', 0, now), false, 'no limit set');
  assert.equal(expired(null, 30, now), false, 'no time saved');
});

test('the count speaks from three quarters of the limit on, and past it', () => {
  const said = (key, count) => `${key}:${count}`;
  assert.equal(GW.countText(3749, 5000, said), '', 'well within the limit: nothing');
  assert.equal(GW.countText(3750, 5000, said), 'count_remaining:1250');
  assert.equal(GW.countText(4999, 5000, said), 'count_remaining_one:1');
  assert.equal(GW.countText(5000, 5000, said), 'count_remaining:0');
  assert.equal(GW.countText(5001, 5000, said), 'count_over_one:1');
  assert.equal(GW.countText(5200, 5000, said), 'count_over:200');
});
