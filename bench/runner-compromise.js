'use strict';
// compromise: nlp() + quotations() + people() on every document.
// usage: node runner-compromise.js FILE... (FILE: .txt document or .jsonl)
// Prints only totals to stderr, so the work cannot be optimised away.
const nlp = require('compromise');
const { forEachDoc } = require('./docs.js');

let quotes = 0, people = 0;
forEachDoc(process.argv.slice(2), (text) => {
  const doc = nlp(text);
  quotes += doc.quotations().out('array').length;
  people += doc.people().out('array').length;
}).then((n) => {
  process.stderr.write(`compromise ${nlp.version}: ` +
    `${n} documents, ${quotes} quotations, ${people} people\n`);
});
