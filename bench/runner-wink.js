'use strict';
// wink-nlp with the lite English model: sentences + named entities on every
// document.  usage: node runner-wink.js FILE... (FILE: .txt document or .jsonl)
// Prints only totals to stderr, so the work cannot be optimised away.
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const { forEachDoc } = require('./docs.js');

const nlp = winkNLP(model);
let sentences = 0, entities = 0;
forEachDoc(process.argv.slice(2), (text) => {
  const doc = nlp.readDoc(text);
  sentences += doc.sentences().out().length;
  entities += doc.entities().out().length;
}).then((n) => {
  process.stderr.write(`wink-nlp ${require('wink-nlp/package.json').version}` +
    ` + wink-eng-lite-web-model ${require('wink-eng-lite-web-model/package.json').version}: ` +
    `${n} documents, ${sentences} sentences, ${entities} entities\n`);
});
