// The fingerprint of a signed record (canonical.js): its hash, its canonical JSON, and
// which changes to a record must and must not change the fingerprint.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { load, plain } = require('./harness.js');

const GW = load('canonical.js');
const C = GW.Canonical;
const SIGNATURES = ['signatures.employee', 'signatures.manager'];

function nodeSha(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

// mulberry32: the same "random" strings on every run, so a failure can be reproduced.
function random(seed) {
  let state = seed >>> 0;
  return function () {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS = [
  'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:!?-_\'"\\/{}[]',
  'éëèêïíöóüúàáâçñĳĲÉËÏÖÜ€',
  '😀🇳🇱𝄞👍🏽🙂𠜎',
  '\n\r\t\u0000\u001f\u007f\u00a0\u200b\ufeff\uffff',
  '中文日本語한국어עבריתالعربية'
];

function randomString(next) {
  const length = Math.floor(next() * 200);
  const chars = [];
  while (chars.length < length) {
    // Array.from splits by code point, so non-BMP characters stay whole.
    const pool = Array.from(POOLS[Math.floor(next() * POOLS.length)]);
    chars.push(pool[Math.floor(next() * pool.length)]);
  }
  return chars.join('');
}

function record() {
  return {
    format: 'gesprekswijzer-answers',
    format_version: 2,
    form: { id: 'jaargesprek', version: '3', title: 'Jaargesprek', author: 'Gesprekswijzer' },
    language: 'nl',
    content_version: '2025-01',
    exported_at: '2025-03-12T10:00:00.000Z',
    themes: ['werkdruk'],
    answers: {
      'terugblik.goed': { question: 'Wat ging goed?', answer: 'Veel geleerd.\nOok over één ding.', section: 'terugblik' },
      'werkdruk.ervaring': {
        question: 'Hoe ervaar je de werkdruk?', answer: 'Hoog, vooral in mei.', section: 'themas',
        theme: 'werkdruk', theme_title: 'Werkdruk'
      },
      akkoord: { question: 'Ik ga akkoord', answer: true, section: 'afsluiting' },
      afspraken: {
        question: 'Afspraken', section: 'afspraken', kind: 'agreements',
        item_labels: { wat: 'Wat', wie: 'Wie', wanneer: 'Wanneer' },
        answer: [
          { key: 'a1', wat: 'Cursus timemanagement volgen', wie: 'Medewerker', wanneer: '2025-06-01' },
          { key: 'a2', wat: 'Werkverdeling bespreken', wie: 'Leidinggevende', wanneer: '2025-04-15' }
        ]
      },
      'signatures.employee': { question: 'Handtekening medewerker', answer: 'A. de Vries, 2025-03-12', section: 'ondertekening' },
      'signatures.manager': { question: 'Handtekening leidinggevende', answer: 'B. Jansen, 2025-03-12', section: 'ondertekening' }
    },
    fingerprint: 'ABCD-1234'
  };
}

// The same record as exported from the English page, later, from a newer content version.
function englishRecord() {
  const file = record();
  file.language = 'en';
  file.form.title = 'Annual review';
  file.form.version = '4';
  file.content_version = '2025-07';
  file.exported_at = '2025-09-01T08:30:00.000Z';
  file.fingerprint = '0000-0000';
  file.answers['terugblik.goed'].question = 'What went well?';
  file.answers['werkdruk.ervaring'].question = 'How do you experience the workload?';
  file.answers['werkdruk.ervaring'].theme_title = 'Workload';
  file.answers.akkoord.question = 'I agree';
  file.answers.afspraken.question = 'Agreements';
  file.answers.afspraken.item_labels = { wat: 'What', wie: 'Who', wanneer: 'When' };
  file.answers['signatures.employee'].question = "Employee's signature";
  return file;
}

const BASE = C.fingerprint(record(), SIGNATURES);

function fingerprintOf(change) {
  const file = record();
  change(file);
  return C.fingerprint(file, SIGNATURES);
}

test('sha256Hex: the empty string, "abc" and the other NIST vectors', () => {
  const vectors = {
    '': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    abc: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq:
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu:
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ['a'.repeat(1000000)]: 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'
  };
  for (const [text, expected] of Object.entries(vectors)) {
    assert.strictEqual(C.sha256Hex(text), expected, 'length ' + text.length);
    assert.strictEqual(nodeSha(text), expected, 'node agrees, length ' + text.length);
  }
});

test('sha256Hex: messages around the padding boundaries', () => {
  const lengths = [1, 54, 55, 56, 57, 63, 64, 65, 111, 119, 120, 127, 128, 129];
  for (const length of lengths) {
    const ascii = 'x'.repeat(length);
    assert.strictEqual(C.sha256Hex(ascii), nodeSha(ascii), length + ' ASCII bytes');
    // Multi-byte characters that straddle the same boundaries.
    for (const wide of ['é', '€', '😀']) {
      const text = 'x'.repeat(length) + wide + 'y'.repeat(3);
      assert.strictEqual(C.sha256Hex(text), nodeSha(text), length + ' bytes then ' + wide);
    }
  }
});

test('sha256Hex: a few hundred pseudo-random strings with diacritics and non-BMP characters', () => {
  const next = random(20250312);
  let nonBmp = 0;
  for (let i = 0; i < 400; i += 1) {
    const text = randomString(next);
    if (/[\ud800-\udbff]/.test(text)) nonBmp += 1;
    assert.strictEqual(C.sha256Hex(text), nodeSha(text), JSON.stringify(text));
  }
  assert.ok(nonBmp > 50, 'the strings do exercise surrogate pairs');
});

test('sha256Hex: a 1 MB string of mixed characters', () => {
  const next = random(7);
  let text = '';
  while (text.length < 1024 * 1024) text += randomString(next);
  const started = Date.now();
  assert.strictEqual(C.sha256Hex(text), nodeSha(text));
  assert.ok(Date.now() - started < 5000, 'fast enough to run while a page waits');
});

test('sha256Hex: lone surrogates are hashed as U+FFFD, as TextEncoder encodes them', () => {
  const cases = ['\ud800', 'a\udc00b', 'end\ud83d', '\udc00\ud800', '\ud83d\ud83d\ude00', '\ude00\ud83d'];
  const encoder = new TextEncoder();
  for (const text of cases) {
    const expected = crypto.createHash('sha256').update(encoder.encode(text)).digest('hex');
    assert.strictEqual(C.sha256Hex(text), expected, JSON.stringify(text));
  }
  assert.strictEqual(C.sha256Hex('\ud800'), C.sha256Hex('\ufffd'));
  assert.notStrictEqual(C.sha256Hex('\ud83d\ude00'), C.sha256Hex('\ufffd\ufffd'));
});

test('canonicalJSON: the order in which keys were added does not matter', () => {
  const one = { b: 1, a: 'x', c: [true, null, 2.5] };
  const two = { c: [true, null, 2.5], a: 'x', b: 1 };
  assert.strictEqual(C.canonicalJSON(one), C.canonicalJSON(two));
  assert.strictEqual(C.canonicalJSON(one), '{"a":"x","b":1,"c":[true,null,2.5]}');
});

test('canonicalJSON: nested objects are sorted too, arrays keep their order', () => {
  const value = { z: { y: [{ b: 2, a: 1 }, { d: { f: 0, e: 'é' } }] }, a: [3, 1, 2] };
  assert.strictEqual(C.canonicalJSON(value), '{"a":[3,1,2],"z":{"y":[{"a":1,"b":2},{"d":{"e":"é","f":0}}]}}');
  assert.notStrictEqual(C.canonicalJSON([1, 2]), C.canonicalJSON([2, 1]));
});

test('canonicalJSON: keys are sorted by UTF-16 code unit, not by locale', () => {
  const value = { '\uff01': 5, b: 4, '😀': 3, a: 2, Z: 1 };
  // Code points would put U+FF01 before the emoji (U+1F600); code units put D83D first.
  assert.strictEqual(C.canonicalJSON(value), '{"Z":1,"a":2,"b":4,"😀":3,"！":5}');
});

test('canonicalJSON: strings become NFC with LF line ends, and the output is valid JSON', () => {
  const nfd = 'e\u0301e\u0308n\r\ntwee\rdrie';
  assert.strictEqual(C.canonicalJSON(nfd), '"\u00e9\u00ebn\\ntwee\\ndrie"');
  assert.strictEqual(C.canonicalJSON({ k: [nfd] }), C.canonicalJSON({ k: ['éën\ntwee\ndrie'] }));
  const value = { text: 'quote " backslash \\ tab \t nul \u0000', n: -0.5, t: false };
  assert.deepStrictEqual(JSON.parse(C.canonicalJSON(value)), value);
});

test('content: only the form id and the answers, without signatures, keys or blank fields', () => {
  const file = record();
  file.answers.leeg = { question: 'Nog iets?', answer: '  ' };
  file.answers.afspraken.answer.push({ key: 'a3', wat: '', wie: null });
  assert.deepStrictEqual(plain(C.content(file, SIGNATURES)), {
    form: 'jaargesprek',
    answers: {
      'terugblik.goed': 'Veel geleerd.\nOok over één ding.',
      'werkdruk.ervaring': 'Hoog, vooral in mei.',
      akkoord: true,
      afspraken: [
        { wat: 'Cursus timemanagement volgen', wie: 'Medewerker', wanneer: '2025-06-01' },
        { wat: 'Werkverdeling bespreken', wie: 'Leidinggevende', wanneer: '2025-04-15' }
      ]
    }
  });
  assert.strictEqual(file.answers.afspraken.answer[0].key, 'a1', 'the file itself is left alone');
});

test('fingerprint: has the form XXXX-XXXX and is the start of the hash of the canonical content', () => {
  assert.match(BASE, /^[0-9A-F]{4}-[0-9A-F]{4}$/);
  const hex = nodeSha(C.canonicalJSON(C.content(record(), SIGNATURES))).slice(0, 8).toUpperCase();
  assert.strictEqual(BASE, hex.slice(0, 4) + '-' + hex.slice(4));
  const next = random(99);
  for (let i = 0; i < 50; i += 1) {
    const print = fingerprintOf((file) => { file.answers['terugblik.goed'].answer = randomString(next); });
    assert.match(print, /^[0-9A-F]{4}-[0-9A-F]{4}$/);
  }
});

test('fingerprint: the same on the Dutch and the English page, at any moment of export', () => {
  const english = englishRecord();
  assert.notDeepStrictEqual(english, record());
  assert.strictEqual(C.fingerprint(english, SIGNATURES), BASE);
});

test('fingerprint: each language-dependent or volatile part on its own leaves it alone', () => {
  const changes = {
    question: (file) => { file.answers.akkoord.question = 'Akkoord?'; },
    theme_title: (file) => { file.answers['werkdruk.ervaring'].theme_title = 'Workload'; },
    item_labels: (file) => { file.answers.afspraken.item_labels.wat = 'What'; },
    'no item_labels': (file) => { delete file.answers.afspraken.item_labels; },
    section: (file) => { file.answers.akkoord.section = 'elders'; },
    language: (file) => { file.language = 'en'; },
    exported_at: (file) => { file.exported_at = '2030-01-01T00:00:00.000Z'; },
    content_version: (file) => { file.content_version = '2099-12'; },
    'form title and version': (file) => { file.form.title = 'Annual review'; file.form.version = '9'; },
    'own fingerprint': (file) => { delete file.fingerprint; },
    themes: (file) => { file.themes = []; }
  };
  for (const [name, change] of Object.entries(changes)) {
    assert.strictEqual(fingerprintOf(change), BASE, name);
  }
});

test('fingerprint: CRLF, CR and LF line ends give the same fingerprint', () => {
  const text = 'Eerste regel.\nTweede regel.\n\nDerde.';
  const lf = fingerprintOf((file) => { file.answers['terugblik.goed'].answer = text; });
  const crlf = fingerprintOf((file) => { file.answers['terugblik.goed'].answer = text.replace(/\n/g, '\r\n'); });
  const cr = fingerprintOf((file) => { file.answers['terugblik.goed'].answer = text.replace(/\n/g, '\r'); });
  const item = fingerprintOf((file) => {
    file.answers['terugblik.goed'].answer = text;
    file.answers.afspraken.answer[0].wat = 'Cursus\r\ntimemanagement volgen';
  });
  const itemLf = fingerprintOf((file) => {
    file.answers['terugblik.goed'].answer = text;
    file.answers.afspraken.answer[0].wat = 'Cursus\ntimemanagement volgen';
  });
  assert.strictEqual(crlf, lf);
  assert.strictEqual(cr, lf);
  assert.strictEqual(item, itemLf);
  assert.notStrictEqual(lf, BASE, 'the text itself does count');
});

test('fingerprint: NFC and NFD spellings of the same text give the same fingerprint', () => {
  const nfc = 'Één keer per maand overleg, daarna evaluëren.'.normalize('NFC');
  const nfd = nfc.normalize('NFD');
  assert.notStrictEqual(nfc, nfd);
  const one = fingerprintOf((file) => {
    file.answers['terugblik.goed'].answer = nfc;
    file.answers.afspraken.answer[1].wat = nfc;
  });
  const two = fingerprintOf((file) => {
    file.answers['terugblik.goed'].answer = nfd;
    file.answers.afspraken.answer[1].wat = nfd;
  });
  assert.strictEqual(two, one);
  assert.notStrictEqual(one, BASE);
});

test('fingerprint: blank fields, blank answers and row keys count as absent', () => {
  const changes = {
    'empty field': (file) => { file.answers.afspraken.answer[0].opmerking = ''; },
    'whitespace field': (file) => { file.answers.afspraken.answer[0].opmerking = ' \n\t '; },
    'null field': (file) => { file.answers.afspraken.answer[1].opmerking = null; },
    'undefined field': (file) => { file.answers.afspraken.answer[1].opmerking = undefined; },
    'no keys': (file) => { file.answers.afspraken.answer.forEach((item) => { delete item.key; }); },
    'other keys': (file) => { file.answers.afspraken.answer[0].key = 'z9'; },
    'an empty row': (file) => { file.answers.afspraken.answer.push({ key: 'a3', wat: '  ', wie: '' }); },
    'a row with only a key': (file) => { file.answers.afspraken.answer.splice(1, 0, { key: 'a4' }); },
    'a blank answer': (file) => { file.answers.extra = { question: 'Nog iets?', answer: '' }; },
    'a whitespace answer': (file) => { file.answers.extra = { question: 'Nog iets?', answer: '\r\n  ' }; },
    'an empty list': (file) => { file.answers.ontwikkeling = { question: 'Doelen', answer: [{ key: 'b1' }] }; }
  };
  for (const [name, change] of Object.entries(changes)) {
    assert.strictEqual(fingerprintOf(change), BASE, name);
  }
});

test('fingerprint: false is an answer, not a blank', () => {
  const unticked = fingerprintOf((file) => { file.answers.akkoord.answer = false; });
  const absent = fingerprintOf((file) => { delete file.answers.akkoord; });
  assert.notStrictEqual(unticked, absent);
  const itemFalse = fingerprintOf((file) => { file.answers.afspraken.answer[0].gedaan = false; });
  assert.notStrictEqual(itemFalse, BASE);
});

test('fingerprint: changes when any answer text changes', () => {
  const ids = Object.keys(record().answers).filter((id) => typeof record().answers[id].answer === 'string');
  assert.ok(ids.length >= 2);
  for (const id of ids.filter((each) => !SIGNATURES.includes(each))) {
    assert.notStrictEqual(fingerprintOf((file) => { file.answers[id].answer += '.'; }), BASE, id);
    assert.notStrictEqual(fingerprintOf((file) => { file.answers[id].answer = file.answers[id].answer.replace('e', 'a'); }), BASE, id);
    assert.notStrictEqual(fingerprintOf((file) => { delete file.answers[id]; }), BASE, id + ' removed');
  }
  assert.notStrictEqual(fingerprintOf((file) => { file.answers.akkoord.answer = false; }), BASE, 'a box unticked');
  assert.notStrictEqual(fingerprintOf((file) => { file.answers.nieuw = { answer: 'Ja' }; }), BASE, 'an answer added');
  assert.notStrictEqual(fingerprintOf((file) => { file.form.id = 'startgesprek'; }), BASE, 'another form');
});

test('fingerprint: changes when any field of an agreement changes', () => {
  const items = record().answers.afspraken.answer;
  for (let i = 0; i < items.length; i += 1) {
    for (const name of Object.keys(items[i]).filter((each) => each !== 'key')) {
      const edited = fingerprintOf((file) => { file.answers.afspraken.answer[i][name] += ' (gewijzigd)'; });
      assert.notStrictEqual(edited, BASE, i + '.' + name);
      const emptied = fingerprintOf((file) => { file.answers.afspraken.answer[i][name] = ''; });
      assert.notStrictEqual(emptied, BASE, i + '.' + name + ' emptied');
    }
  }
  const swapped = fingerprintOf((file) => {
    const item = file.answers.afspraken.answer[0];
    [item.wie, item.wat] = [item.wat, item.wie];
  });
  assert.notStrictEqual(swapped, BASE, 'values swapped between fields');
  assert.notStrictEqual(fingerprintOf((file) => { file.answers.afspraken.answer.pop(); }), BASE, 'a row removed');
});

test('fingerprint: changes when the order of the agreements changes', () => {
  assert.notStrictEqual(fingerprintOf((file) => { file.answers.afspraken.answer.reverse(); }), BASE);
});

test('fingerprint: the excluded answers (the signatures) do not count', () => {
  const signed = fingerprintOf((file) => {
    file.answers['signatures.employee'].answer = 'Iemand anders';
    file.answers['signatures.manager'].answer = '';
  });
  const unsigned = fingerprintOf((file) => {
    delete file.answers['signatures.employee'];
    delete file.answers['signatures.manager'];
  });
  assert.strictEqual(signed, BASE);
  assert.strictEqual(unsigned, BASE);
  // Without the exclusion the signatures would count: the assertions above are not empty.
  assert.notStrictEqual(C.fingerprint(record(), []), BASE);
  assert.notStrictEqual(C.fingerprint(record()), BASE);
});
