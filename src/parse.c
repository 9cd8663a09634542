/*
 * parse.c -- stage 4: dependency structure.
 *
 * A greedy arc-hybrid transition parser with an averaged-perceptron
 * classifier (see parse.h for the transition system).  For each sentence
 * the parser copies the tokens' hashed word forms and tags into a
 * per-call hs_pstate, then repeatedly extracts the feature keys of the
 * configuration, scores every class with the model and applies the best
 * legal one.  Every sentence of n tokens takes exactly 2n moves, and every
 * terminal configuration is a projective tree with exactly one dependent of
 * ROOT, so the output is always valid whatever the model says.
 *
 * Without a trained model (data/models/parse.bin empty) a fixed chain keeps
 * the pipeline running: the first verb (else the first token) is the root,
 * the tokens before it hang on their right neighbour, those after it on
 * their left neighbour.
 *
 * Everything lives in the caller's hs_doc and in memory allocated per call:
 * the stage is reentrant.
 */
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* ------------------------------------------------------------- hashing */

/* Final avalanche of MurmurHash3: spreads every input bit over the key. */
static inline uint64_t fmix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* Append one normalised byte to an FNV-1a hash. */
static inline uint64_t fnv_byte(uint64_t h, unsigned char c)
{
    return (h ^ c) * 0x100000001b3ULL;
}

/* The word feature of a token: FNV-1a over the normalised form (ASCII
 * lower case, digits as 0, typographic quotes, dashes and the ellipsis as
 * their ASCII spellings), avalanched. */
uint64_t hs_parse_word_id(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            h = fnv_byte(h, (unsigned char)(c + 32));
        } else if (c >= '0' && c <= '9') {
            h = fnv_byte(h, '0');
        } else if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80) {
            unsigned char c2 = s[i + 2];
            if (c2 == 0x9C || c2 == 0x9D || c2 == 0x9E || c2 == 0x9F) {
                h = fnv_byte(h, '"');
            } else if (c2 == 0x98 || c2 == 0x99 || c2 == 0x9A ||
                       c2 == 0x9B) {
                h = fnv_byte(h, '\'');
            } else if (c2 >= 0x93 && c2 <= 0x95) {
                h = fnv_byte(fnv_byte(h, '-'), '-');
            } else if (c2 == 0xA6) {
                h = fnv_byte(fnv_byte(fnv_byte(h, '.'), '.'), '.');
            } else {
                h = fnv_byte(fnv_byte(fnv_byte(h, c), 0x80), c2);
            }
            i += 2;
        } else if (c == 0xC2 && i + 1 < len &&
                   (s[i + 1] == 0xAB || s[i + 1] == 0xBB)) {
            h = fnv_byte(h, '"');     /* guillemets */
            i += 1;
        } else {
            h = fnv_byte(h, c);
        }
    }
    return fmix64(h);
}

/* ------------------------------------------------------------- state */

/* Distinguished values for absent positions and for ROOT. */
#define WORD_NULL 0x6a09e667f3bcc908ULL
#define WORD_ROOT 0xbb67ae8584caa73bULL
#define POS_NULL  (HS_POS_COUNT)
#define POS_ROOT  (HS_POS_COUNT + 1)

/* Allocate one array of `cap` + 1 elements of `size` bytes; the element
 * before the returned pointer is the slot for position -1 (absent). */
static void *alloc_shifted(size_t cap, size_t size)
{
    char *p = malloc((cap + 1) * size);
    return p ? p + size : NULL;
}

/* Free an array from alloc_shifted(). */
static void free_shifted(void *p, size_t size)
{
    if (p)
        free((char *)p - size);
}

/* Release every array of `s` and clear it. */
void hs_pstate_free(hs_pstate *s)
{
    free_shifted(s->word, sizeof *s->word);
    free_shifted(s->pos, sizeof *s->pos);
    free(s->stack);
    free_shifted(s->head, sizeof *s->head);
    free_shifted(s->rel, sizeof *s->rel);
    free_shifted(s->lc1, sizeof *s->lc1);
    free_shifted(s->lc2, sizeof *s->lc2);
    free_shifted(s->rc1, sizeof *s->rc1);
    free_shifted(s->rc2, sizeof *s->rc2);
    free_shifted(s->nl, sizeof *s->nl);
    free_shifted(s->nr, sizeof *s->nr);
    memset(s, 0, sizeof *s);
}

/* Grow the arrays of `s` to hold n + 1 positions (ROOT included). */
bool hs_pstate_reserve(hs_pstate *s, uint32_t n)
{
    if (s->cap >= n + 1 && s->word)
        return true;
    size_t cap = (size_t)n + 1;
    if (cap < 64)
        cap = 64;
    hs_pstate t;
    memset(&t, 0, sizeof t);
    t.cap = (uint32_t)cap;
    t.word = alloc_shifted(cap, sizeof *t.word);
    t.pos = alloc_shifted(cap, sizeof *t.pos);
    t.stack = malloc(cap * sizeof *t.stack);
    t.head = alloc_shifted(cap, sizeof *t.head);
    t.rel = alloc_shifted(cap, sizeof *t.rel);
    t.lc1 = alloc_shifted(cap, sizeof *t.lc1);
    t.lc2 = alloc_shifted(cap, sizeof *t.lc2);
    t.rc1 = alloc_shifted(cap, sizeof *t.rc1);
    t.rc2 = alloc_shifted(cap, sizeof *t.rc2);
    t.nl = alloc_shifted(cap, sizeof *t.nl);
    t.nr = alloc_shifted(cap, sizeof *t.nr);
    if (!t.word || !t.pos || !t.stack || !t.head || !t.rel || !t.lc1 ||
        !t.lc2 || !t.rc1 || !t.rc2 || !t.nl || !t.nr) {
        hs_pstate_free(&t);
        return false;
    }
    /* The slots of position -1 describe "nothing there". */
    t.word[-1] = WORD_NULL;
    t.pos[-1] = POS_NULL;
    t.head[-1] = -1;
    t.rel[-1] = HS_DEP_NONE;
    t.lc1[-1] = t.lc2[-1] = t.rc1[-1] = t.rc2[-1] = -1;
    t.nl[-1] = t.nr[-1] = 0;
    hs_pstate_free(s);
    *s = t;
    return true;
}

/* Initial configuration: only ROOT on the stack, every token in the
 * buffer, no arcs. */
void hs_pstate_restart(hs_pstate *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 0; i <= n; i++) {
        s->head[i] = -1;
        s->rel[i] = HS_DEP_NONE;
        s->lc1[i] = s->lc2[i] = s->rc1[i] = s->rc2[i] = -1;
        s->nl[i] = s->nr[i] = 0;
    }
    s->stack[0] = (int32_t)n;
    s->nstack = 1;
    s->b = 0;
}

/* Load tokens [tok0, tok1) of `d` and start from the initial
 * configuration. */
void hs_pstate_init(hs_pstate *s, const hs_doc *d, uint32_t tok0,
                    uint32_t tok1)
{
    uint32_t n = tok1 - tok0;
    s->n = n;
    for (uint32_t i = 0; i < n; i++) {
        const hs_token *t = &d->toks[tok0 + i];
        s->word[i] = hs_parse_word_id(hs_tok_str(d, t), hs_tok_len(t));
        s->pos[i] = t->pos < HS_POS_COUNT ? t->pos : HS_POS_NONE;
    }
    s->word[n] = WORD_ROOT;
    s->pos[n] = POS_ROOT;
    hs_pstate_restart(s);
}

/* Legal move kinds: SHIFT while the buffer has tokens; LEFT when s0 is a
 * token and the buffer has one; RIGHT when s1 is a token, or s1 is ROOT
 * and the buffer is empty (the single arc from ROOT). */
void hs_pstate_legal(const hs_pstate *s, bool legal[3])
{
    bool buf = s->b < s->n;
    legal[HS_MOVE_SHIFT] = buf;
    legal[HS_MOVE_LEFT] = buf && s->nstack >= 2;
    legal[HS_MOVE_RIGHT] = s->nstack >= 3 || (s->nstack == 2 && !buf);
}

/* Record that `dep` hangs on `h` with relation `rel`, updating the child
 * summaries of `h`. */
static void add_arc(hs_pstate *s, int32_t h, int32_t dep, int rel)
{
    s->head[dep] = h;
    s->rel[dep] = (uint8_t)rel;
    if (dep < h) {        /* arc-hybrid adds left children right to left */
        s->lc2[h] = s->lc1[h];
        s->lc1[h] = dep;
        if (s->nl[h] < 255)
            s->nl[h]++;
    } else {              /* and right children left to right */
        s->rc2[h] = s->rc1[h];
        s->rc1[h] = dep;
        if (s->nr[h] < 255)
            s->nr[h]++;
    }
}

/* Apply class `c`; an arc to ROOT is always labelled root. */
void hs_pstate_apply(hs_pstate *s, int c)
{
    int rel;
    int move = hs_parse_move(c, &rel);
    if (move == HS_MOVE_SHIFT) {
        s->stack[s->nstack++] = (int32_t)s->b++;
    } else if (move == HS_MOVE_LEFT) {
        int32_t s0 = s->stack[--s->nstack];
        add_arc(s, (int32_t)s->b, s0, rel);
    } else {
        int32_t s0 = s->stack[--s->nstack];
        int32_t s1 = s->stack[s->nstack - 1];
        add_arc(s, s1, s0, s1 == (int32_t)s->n ? HS_DEP_ROOT : rel);
    }
}

/* Best legal class by score; ties go to the lower class (deterministic). */
int hs_pstate_best(const hs_pstate *s, const float *scores)
{
    bool legal[3];
    hs_pstate_legal(s, legal);
    int best = -1;
    float bs = 0;
    if (legal[HS_MOVE_SHIFT]) {
        best = HS_PARSE_SHIFT;
        bs = scores[HS_PARSE_SHIFT];
    }
    if (legal[HS_MOVE_LEFT])
        for (int c = 1; c <= HS_PARSE_NLABELS; c++)
            if (best < 0 || scores[c] > bs) {
                best = c;
                bs = scores[c];
            }
    if (legal[HS_MOVE_RIGHT])
        for (int c = 1 + HS_PARSE_NLABELS; c < HS_PARSE_NCLASSES; c++)
            if (best < 0 || scores[c] > bs) {
                best = c;
                bs = scores[c];
            }
    return best;
}

/* ----------------------------------------------------------- oracle */

/* Dynamic oracle costs for the arc-hybrid system (Goldberg and Nivre
 * 2013), with the single-root restriction of parse.h. */
void hs_pstate_costs(const hs_pstate *s, const int32_t *gh,
                     const uint8_t *gr, int32_t *cost)
{
    bool legal[3];
    hs_pstate_legal(s, legal);
    int32_t n = (int32_t)s->n, b0 = (int32_t)s->b;
    int32_t s0 = s->stack[s->nstack - 1];
    int32_t s1 = s->nstack >= 2 ? s->stack[s->nstack - 2] : -1;
    for (int c = 0; c < HS_PARSE_NCLASSES; c++)
        cost[c] = INT32_MAX;
    /* Gold dependents of s0 still in the buffer (lost by LEFT and RIGHT). */
    int32_t s0deps = 0;
    if (s0 < n)
        for (int32_t i = b0; i < n; i++)
            s0deps += gh[i] == s0;
    if (legal[HS_MOVE_SHIFT]) {
        /* b0 loses dependents on the stack and heads below s0. */
        int32_t c = 0;
        for (uint32_t k = 1; k < s->nstack; k++)
            c += gh[s->stack[k]] == b0;
        for (uint32_t k = 0; k + 1 < s->nstack; k++)
            c += gh[b0] == s->stack[k];
        cost[HS_PARSE_SHIFT] = c;
    }
    if (legal[HS_MOVE_LEFT]) {
        int32_t c = s0deps;
        c += gh[s0] == s1 || (gh[s0] > b0 && gh[s0] < n);
        for (int l = 0; l < HS_PARSE_NLABELS; l++)
            cost[1 + l] = c + (gh[s0] == b0 && gr[s0] != l + 2);
    }
    if (legal[HS_MOVE_RIGHT]) {
        int32_t c = s0deps + (gh[s0] >= b0 && gh[s0] < n);
        bool arc = gh[s0] == s1;
        for (int l = 0; l < HS_PARSE_NLABELS; l++)
            cost[1 + HS_PARSE_NLABELS + l] =
                c + (arc && s1 != n && gr[s0] != l + 2);
    }
}

/* ---------------------------------------------------------- features */

/* Feature key of template `t` with two word values and packed small
 * values. */
static inline uint64_t fk(uint32_t t, uint64_t w1, uint64_t w2, uint64_t v)
{
    uint64_t h = (uint64_t)t * 0x9e3779b97f4a7c15ULL ^ w1;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= (h >> 31) ^ w2;
    h *= 0x94d049bb133111ebULL;
    h ^= (h >> 29) ^ v;
    return fmix64(h);
}

/* Distance between two positions, bucketed: 1, 2, 3, 4, 5-9, 10+. */
static inline uint64_t dist_bucket(int32_t a, int32_t b)
{
    int32_t d = b - a;
    if (d < 0)
        d = -d;
    return d < 5 ? (uint64_t)d : d < 10 ? 5 : 6;
}

/* Pack up to four small values (tags, labels, buckets; each < 256). */
#define P2(a, b) ((uint64_t)(a) | (uint64_t)(b) << 8)
#define P3(a, b, c) (P2(a, b) | (uint64_t)(c) << 16)
#define P4(a, b, c, d) (P3(a, b, c) | (uint64_t)(d) << 24)

/* The feature templates, after Zhang and Nivre (2011) adapted to the
 * arc-hybrid positions: s0, s1, s2 (stack), b0, b1, b2 (buffer), the
 * leftmost/rightmost children of s0, s1 and b0, distances and valencies.
 * The one function both training and parsing use. */
size_t hs_pstate_features(const hs_pstate *s, uint64_t *k)
{
    const uint64_t *W = s->word;
    const uint8_t *P = s->pos;
    const uint8_t *L = s->rel;
    int32_t n = (int32_t)s->n;
    uint32_t ns = s->nstack;
    int32_t S0 = s->stack[ns - 1];
    int32_t S1 = ns >= 2 ? s->stack[ns - 2] : -1;
    int32_t S2 = ns >= 3 ? s->stack[ns - 3] : -1;
    int32_t B0 = (int32_t)s->b < n ? (int32_t)s->b : -1;
    int32_t B1 = B0 >= 0 && B0 + 1 < n ? B0 + 1 : -1;
    int32_t B2 = B1 >= 0 && B1 + 1 < n ? B1 + 1 : -1;
    int32_t S0L = s->lc1[S0], S0L2 = s->lc2[S0];
    int32_t S0R = s->rc1[S0], S0R2 = s->rc2[S0];
    int32_t S1R = s->rc1[S1];
    int32_t B0L = s->lc1[B0], B0L2 = s->lc2[B0];

    uint64_t ws0 = W[S0], ws1 = W[S1], wb0 = W[B0], wb1 = W[B1];
    unsigned ps0 = P[S0], ps1 = P[S1], ps2 = P[S2];
    unsigned pb0 = P[B0], pb1 = P[B1], pb2 = P[B2];
    unsigned ps0l = P[S0L], ps0r = P[S0R], ps1r = P[S1R];
    unsigned pb0l = P[B0L];
    uint64_t d0 = S0 < n && B0 >= 0 ? dist_bucket(S0, B0) : 7;
    uint64_t d1 = S1 >= 0 && S1 < n ? dist_bucket(S1, S0) : 7;
    unsigned vls0 = s->nl[S0] < 4 ? s->nl[S0] : 4;
    unsigned vrs0 = s->nr[S0] < 4 ? s->nr[S0] : 4;
    unsigned vlb0 = s->nl[B0] < 4 ? s->nl[B0] : 4;
    unsigned vrs1 = s->nr[S1] < 4 ? s->nr[S1] : 4;
    unsigned vls1 = s->nl[S1] < 4 ? s->nl[S1] : 4;

    size_t i = 0;
    /* unigrams */
    k[i++] = fk(1, ws0, 0, ps0);
    k[i++] = fk(2, ws0, 0, 0);
    k[i++] = fk(3, 0, 0, ps0);
    k[i++] = fk(4, wb0, 0, pb0);
    k[i++] = fk(5, wb0, 0, 0);
    k[i++] = fk(6, 0, 0, pb0);
    k[i++] = fk(7, wb1, 0, pb1);
    k[i++] = fk(9, 0, 0, pb1);
    k[i++] = fk(10, W[B2], 0, pb2);
    k[i++] = fk(11, ws1, 0, ps1);
    k[i++] = fk(13, 0, 0, ps1);
    k[i++] = fk(14, W[S2], 0, ps2);
    /* pairs */
    k[i++] = fk(15, ws0, wb0, P2(ps0, pb0));
    k[i++] = fk(16, ws0, wb0, 0);
    k[i++] = fk(17, ws0, 0, P2(ps0, pb0));
    k[i++] = fk(18, wb0, 0, P2(ps0, pb0));
    k[i++] = fk(19, 0, 0, P2(ps0, pb0));
    k[i++] = fk(20, ws1, ws0, P2(ps1, ps0));
    k[i++] = fk(22, ws1, 0, P2(ps1, ps0));
    k[i++] = fk(23, ws0, 0, P2(ps1, ps0));
    k[i++] = fk(24, 0, 0, P2(ps1, ps0));
    k[i++] = fk(26, 0, 0, P2(pb0, pb1));
    k[i++] = fk(27, ws1, wb0, P2(ps1, pb0));
    /* triples of tags */
    k[i++] = fk(28, 0, 0, P3(ps0, pb0, pb1));
    k[i++] = fk(29, 0, 0, P3(pb0, pb1, pb2));
    k[i++] = fk(30, 0, 0, P3(ps1, ps0, pb0));
    k[i++] = fk(31, 0, 0, P3(ps2, ps1, ps0));
    k[i++] = fk(32, 0, 0, P4(ps0, ps0l, pb0, L[S0L]));
    k[i++] = fk(33, 0, 0, P4(ps0, ps0r, pb0, L[S0R]));
    k[i++] = fk(34, 0, 0, P4(ps0, pb0, pb0l, L[B0L]));
    k[i++] = fk(35, 0, 0, P4(ps1, ps1r, ps0, L[S1R]));
    k[i++] = fk(36, 0, 0, P4(ps1, ps0, ps0l, L[S0L]));
    k[i++] = fk(37, 0, 0, P4(ps1, ps0, ps0r, L[S0R]));
    /* distance */
    k[i++] = fk(39, 0, 0, P3(ps0, pb0, d0));
    k[i++] = fk(40, ws0, 0, d0);
    k[i++] = fk(41, wb0, 0, d0);
    k[i++] = fk(42, 0, 0, P3(ps1, ps0, d1));
    k[i++] = fk(43, ws1, 0, P2(ps0, d1));
    /* valency */
    k[i++] = fk(46, 0, 0, P3(ps0, vls0, vrs0));
    k[i++] = fk(47, 0, 0, P3(pb0, vlb0, ps0));
    k[i++] = fk(48, 0, 0, P4(ps1, vls1, vrs1, ps0));
    /* children: words and label sets */
    k[i++] = fk(49, W[S0L], 0, P2(ps0, L[S0L]));
    k[i++] = fk(50, W[S0R], 0, P2(ps0, L[S0R]));
    k[i++] = fk(51, W[B0L], 0, P2(pb0, L[B0L]));
    k[i++] = fk(52, W[S1R], 0, P2(ps1, L[S1R]));
    k[i++] = fk(53, 0, 0, P4(ps0, L[S0L], L[S0L2], L[S0R]));
    k[i++] = fk(54, 0, 0, P4(ps0, L[S0R], L[S0R2], vrs0));
    k[i++] = fk(55, 0, 0, P4(pb0, L[B0L], L[B0L2], vlb0));
    k[i++] = fk(56, 0, 0, P3(ps0, P[S0L2], ps0l));
    k[i++] = fk(57, 0, 0, P3(pb0, P[B0L2], pb0l));
    /* bias */
    k[i++] = fk(58, 0, 0, 0);
    return i;
}

/* --------------------------------------------------------- decoding */

/* Greedy decoding to completion.  Forced moves (SHIFT from an empty
 * stack, the final arc from ROOT) are applied without scoring. */
void hs_pstate_parse(hs_pstate *s, const hs_model *m)
{
    uint64_t keys[HS_PARSE_MAXFEATS];
    float scores[HS_PARSE_NCLASSES];
    while (!hs_pstate_done(s)) {
        if (s->nstack == 1) {
            hs_pstate_apply(s, HS_PARSE_SHIFT);
            continue;
        }
        if (s->nstack == 2 && s->b >= s->n) {
            hs_pstate_apply(s, 1 + HS_PARSE_NLABELS);   /* to ROOT */
            continue;
        }
        size_t nk = hs_pstate_features(s, keys);
        memset(scores, 0, sizeof scores);
        hs_model_score(m, keys, nk, scores);
        hs_pstate_apply(s, hs_pstate_best(s, scores));
    }
}

/* Fallback without a model: the first verb (else the first token) is the
 * root; earlier tokens hang on their right neighbour, later ones on their
 * left neighbour.  A chain, hence a projective tree. */
static void parse_chain(hs_doc *d, uint32_t tok0, uint32_t tok1)
{
    uint32_t root = tok0;
    for (uint32_t i = tok0; i < tok1; i++) {
        uint8_t p = d->toks[i].pos;
        if (p >= HS_POS_VB && p <= HS_POS_VBZ) {
            root = i;
            break;
        }
    }
    for (uint32_t i = tok0; i < tok1; i++) {
        hs_token *t = &d->toks[i];
        t->head = i == root ? -1 : i < root ? (int32_t)i + 1 : (int32_t)i - 1;
        t->deprel = i == root ? HS_DEP_ROOT
                    : (t->flags & HS_TF_PUNCT) ? HS_DEP_PUNCT : HS_DEP_DEP;
    }
}

/* The dash that ends a dateline opening the paragraph at token i, before
 * token `end` ("PARIS —", "RENO, Nev. (AP) —", "KYIV, Ukraine —"): a word
 * in capitals, then capitalised words and abbreviations, commas and an
 * agency in parentheses, then a dash with more of the sentence after it.
 * Returns the dash, or -1.  (attr_tidy.c asks more of the datelines it
 * cuts out of spans, an agency; here a bad guess only costs a reparse.) */
static int64_t opening_dateline(const hs_doc *d, uint32_t i, uint32_t end)
{
    static const char *const dashes[] = { "\xE2\x80\x94", "\xE2\x80\x93",
                                          "\xE2\x80\x95", "--", "-", NULL };
    if (!(d->toks[i].flags & HS_TF_PARA_START))
        return -1;
    bool caps = false;
    for (uint32_t k = i; k + 1 < end && k < i + 10; k++) {
        const hs_token *t = &d->toks[k];
        if (hs_tok_in(d, k, dashes))
            return caps && k > i ? (int64_t)k : -1;
        const char *w = hs_tok_str(d, t);
        size_t n = hs_tok_len(t);
        bool upper = n > 1 && (t->flags & HS_TF_UPPER);
        for (size_t c = 0; upper && c < n; c++)
            upper = !(w[c] >= 'a' && w[c] <= 'z');
        caps |= upper;
        bool abbrev = (t->flags & HS_TF_UPPER) && n <= 5 && w[n - 1] == '.';  /* "Nev." */
        bool agency = k > i && hs_tok_is(d, k - 1, "(") && (t->flags & HS_TF_UPPER);
        bool place = caps && (t->flags & HS_TF_UPPER);     /* "KYIV, Ukraine" */
        if (!(upper || abbrev || agency || place || hs_tok_is(d, k, ",") || hs_tok_is(d, k, "(") ||
              hs_tok_is(d, k, ")")))
            return -1;
    }
    return -1;
}

/* Parse tokens tok0..tok1 of `d` as one unit into the tokens' head and
 * deprel; the unit's root gets head -1.  False when out of memory. */
static bool parse_span(hs_doc *d, hs_pstate *st, const hs_model *m,
                       uint32_t tok0, uint32_t tok1)
{
    if (!hs_pstate_reserve(st, tok1 - tok0))
        return false;
    hs_pstate_init(st, d, tok0, tok1);
    hs_pstate_parse(st, m);
    uint32_t n = tok1 - tok0;
    for (uint32_t i = 0; i < n; i++) {
        hs_token *t = &d->toks[tok0 + i];
        int32_t h = st->head[i];
        t->head = h == (int32_t)n ? -1 : (int32_t)tok0 + h;
        t->deprel = st->rel[i];
    }
    return true;
}

/* The unit's root among tokens tok0..tok1 (parsed by parse_span). */
static uint32_t span_root(const hs_doc *d, uint32_t tok0, uint32_t tok1)
{
    for (uint32_t i = tok0; i < tok1; i++)
        if (d->toks[i].head < 0)
            return i;
    return tok0;
}

/* Parse the sentence tok0..tok1 of `d`.  A paragraph's opening dateline
 * is parsed apart from the story, and the story's root hung on the
 * dateline's as a parataxis: the shape the parser gives "DALLAS (AP) —
 * ... is shifting" (as CoreNLP's parses the models learnt from do) when
 * it gets the dateline right, which in one parse it often does not
 * ("PARIS — French police believe ... acted alone, Interior Minister
 * Gérald Darmanin said": "PARIS" the subject of "acted", so that "said"
 * lost its content; "WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended
 * ...": "Sanders" and "defended" each hung on "WASHINGTON").  False when
 * out of memory. */
static bool parse_sentence(hs_doc *d, hs_pstate *st, const hs_model *m,
                           uint32_t tok0, uint32_t tok1)
{
    int64_t dash = opening_dateline(d, tok0, tok1);
    if (dash < 0)
        return parse_span(d, st, m, tok0, tok1);
    uint32_t body = (uint32_t)dash + 1;
    if (!parse_span(d, st, m, tok0, body) || !parse_span(d, st, m, body, tok1))
        return false;
    hs_token *story = &d->toks[span_root(d, body, tok1)];
    story->head = (int32_t)span_root(d, tok0, body);
    story->deprel = HS_DEP_PARATAXIS;
    return true;
}

/* Stage entry point: parse every sentence of `d`. */
int hs_parse(hs_doc *d, hs_error *err)
{
    const hs_model *m = d->eng ? d->eng->parse_model : NULL;
    if (m && hs_model_classes(m) != HS_PARSE_NCLASSES) {
        hs_set_error(err, HS_ERR_MODEL, 0,
                     "parse model has %d classes, expected %d",
                     hs_model_classes(m), HS_PARSE_NCLASSES);
        return -1;
    }
    hs_pstate st;
    memset(&st, 0, sizeof st);
    for (size_t si = 0; si < d->nsents; si++) {
        uint32_t tok0 = d->sents[si].tok0, tok1 = d->sents[si].tok1;
        if (tok1 <= tok0 || tok1 > d->ntoks)
            continue;
        if (!m) {
            parse_chain(d, tok0, tok1);
            continue;
        }
        if (!parse_sentence(d, &st, m, tok0, tok1)) {
            hs_pstate_free(&st);
            hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
            return -1;
        }
    }
    hs_pstate_free(&st);
    return 0;
}
