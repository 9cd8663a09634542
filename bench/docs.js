'use strict';
// Shared input reader for the bench runners: calls fn(text) for every
// document. Arguments are files: a name ending in .jsonl (or "-" for stdin)
// is read as JSON Lines {"id": ..., "text": ...}, streamed line by line;
// any other file is one plain-text document.
const fs = require('fs');
const readline = require('readline');

async function forEachDoc(args, fn) {
  let n = 0;
  for (const a of args) {
    if (a === '-' || a.endsWith('.jsonl')) {
      const input = a === '-' ? process.stdin : fs.createReadStream(a);
      const rl = readline.createInterface({ input, crlfDelay: Infinity });
      for await (const line of rl) {
        if (!line) continue;
        fn(JSON.parse(line).text);
        n++;
      }
    } else {
      fn(fs.readFileSync(a, 'utf8'));
      n++;
    }
  }
  return n;
}

module.exports = { forEachDoc };
