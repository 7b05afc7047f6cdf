/*
 * The fingerprint of a signed record: a short hash of what the answers say, so
 * that both people can see they signed the same version. It leaves out all that
 * depends on the page's language or on the moment of export, so the Dutch and
 * the English page show the same fingerprint for the same record.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  // FIPS 180-4, section 4.2.2: the first 32 bits of the fractional parts of the
  // cube roots of the first 64 primes.
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  // UTF-8 by hand rather than TextEncoder, so the hash needs nothing from the browser.
  // A lone surrogate becomes U+FFFD, as TextEncoder does, so both give the same bytes.
  // The result has room for SHA-256's padding, which saves copying a large record.
  function utf8(text) {
    var bytes = new Uint8Array(text.length * 3 + 72);
    var n = 0;
    for (var i = 0; i < text.length; i += 1) {
      var c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        var next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
        } else {
          c = 0xfffd;
        }
      }
      if (c < 0x80) {
        bytes[n++] = c;
      } else if (c < 0x800) {
        bytes[n++] = 0xc0 | (c >> 6);
        bytes[n++] = 0x80 | (c & 63);
      } else if (c < 0x10000) {
        bytes[n++] = 0xe0 | (c >> 12);
        bytes[n++] = 0x80 | ((c >> 6) & 63);
        bytes[n++] = 0x80 | (c & 63);
      } else {
        bytes[n++] = 0xf0 | (c >> 18);
        bytes[n++] = 0x80 | ((c >> 12) & 63);
        bytes[n++] = 0x80 | ((c >> 6) & 63);
        bytes[n++] = 0x80 | (c & 63);
      }
    }
    return { bytes: bytes, length: n };
  }

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  // Synchronous and in plain JS: crypto.subtle is async, and absent outside secure contexts.
  function sha256Hex(text) {
    var data = utf8(String(text));
    var bytes = data.bytes;
    var length = data.length;
    // Padding: a 1 bit, zeros up to 56 mod 64, then the bit length as 64 bits big-endian.
    var total = Math.ceil((length + 9) / 64) * 64;
    bytes[length] = 0x80;
    for (var z = length + 1; z < total; z += 1) bytes[z] = 0;
    var bits = length * 8;
    var high = Math.floor(bits / 0x100000000);
    for (var b = 0; b < 4; b += 1) {
      bytes[total - 8 + b] = (high >>> (24 - 8 * b)) & 0xff;
      bytes[total - 4 + b] = (bits >>> (24 - 8 * b)) & 0xff;
    }

    var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var W = new Array(64);
    for (var offset = 0; offset < total; offset += 64) {
      var t;
      for (t = 0; t < 16; t += 1) {
        var p = offset + t * 4;
        W[t] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
      }
      for (t = 16; t < 64; t += 1) {
        var s0 = rotr(W[t - 15], 7) ^ rotr(W[t - 15], 18) ^ (W[t - 15] >>> 3);
        var s1 = rotr(W[t - 2], 17) ^ rotr(W[t - 2], 19) ^ (W[t - 2] >>> 10);
        W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
      }
      var a = H[0], bb = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (t = 0; t < 64; t += 1) {
        var S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
        var S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        var t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0;
        d = c; c = bb; bb = a; a = (t1 + t2) | 0;
      }
      H[0] = (H[0] + a) | 0; H[1] = (H[1] + bb) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
      H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
    }
    return H.map(function (word) { return ('0000000' + (word >>> 0).toString(16)).slice(-8); }).join('');
  }

  // The same text can arrive as NFC or NFD (macOS input, copy and paste) and with
  // Windows or Unix line ends; what the person sees is the same, so the hash must be.
  function normalise(text) {
    var out = text.replace(/\r\n?/g, '\n');
    return out.normalize ? out.normalize('NFC') : out;
  }

  // toString rather than instanceof: the record may come from another realm (a frame, a test's vm).
  function isPlainObject(value) {
    return Object.prototype.toString.call(value) === '[object Object]';
  }

  // Like JSON.stringify, but with a single spelling for each value: the hash is of these bytes.
  function canonicalJSON(value) {
    if (typeof value === 'string') return JSON.stringify(normalise(value));
    if (value === null || typeof value !== 'object') {
      var simple = JSON.stringify(value);
      return simple === undefined ? 'null' : simple;
    }
    if (Array.isArray(value)) {
      return '[' + value.map(canonicalJSON).join(',') + ']';
    }
    var keys = Object.keys(value).filter(function (key) {
      return value[key] !== undefined && typeof value[key] !== 'function';
    });
    var named = keys.map(function (key) { return { name: normalise(key), key: key }; });
    // Plain < and > compare by UTF-16 code unit, unlike localeCompare, which varies by browser.
    named.sort(function (x, y) { return x.name < y.name ? -1 : x.name > y.name ? 1 : 0; });
    return '{' + named.map(function (entry) {
      return JSON.stringify(entry.name) + ':' + canonicalJSON(value[entry.key]);
    }).join(',') + '}';
  }

  // Narrower than GW.isBlank: false is an answer (a box left unticked), not an absence.
  function isBlank(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  }

  // The key only tells the page's rows apart; blank fields are the same as absent ones.
  function cleanItem(item) {
    if (!isPlainObject(item)) return item;
    var out = {};
    Object.keys(item).forEach(function (name) {
      if (name !== 'key' && !isBlank(item[name])) out[name] = item[name];
    });
    return out;
  }

  function cleanAnswer(answer) {
    if (!Array.isArray(answer)) return answer;
    return answer.map(cleanItem).filter(function (item) {
      return !isPlainObject(item) || Object.keys(item).length > 0;
    });
  }

  function content(file, excluded) {
    var skip = excluded || [];
    var answers = {};
    var source = (file && file.answers) || {};
    Object.keys(source).forEach(function (id) {
      if (skip.indexOf(id) !== -1 || !isPlainObject(source[id])) return;
      var value = cleanAnswer(source[id].answer);
      // An empty list says no more than a list that is not there.
      if (isBlank(value) || (Array.isArray(value) && !value.length)) return;
      answers[id] = value;
    });
    return { form: file && file.form ? file.form.id : undefined, answers: answers };
  }

  function fingerprint(file, excluded) {
    var hex = sha256Hex(canonicalJSON(content(file, excluded))).slice(0, 8).toUpperCase();
    return hex.slice(0, 4) + '-' + hex.slice(4);
  }

  GW.Canonical = {
    sha256Hex: sha256Hex,
    canonicalJSON: canonicalJSON,
    content: content,
    fingerprint: fingerprint
  };
})();
