/*
 * sources.c -- who said it (see sources.h).
 *
 * A candidate is described by how it reaches the cue in the tree (the
 * relations on the way up from each to the lowest node they share), by
 * whose subject it is (the cue's own, a verb above the cue, another), and
 * by what a reader sees between the two: commas, verbs, other nouns.  A
 * parser that misreads the clause still leaves most of these right: the
 * noun phrase that opens the sentence, before the cue with no verb in
 * between, is its subject whatever the arcs say.
 */
#include <stdlib.h>
#include <string.h>

#include "sources.h"
#include "passkeys.h"

/* Feature templates (part of every key, so keep them stable). */
enum {
    X_NONE = 1, X_NONE_CUE_P, X_NONE_CUE_REL, X_NONE_FRAME, X_NONE_SIDE,
    X_P, X_P_SIDE, X_NER, X_REL, X_REL_CUE_P, X_PATH, X_PATH_LEN, X_SUBJ_OF,
    X_SUBJ_OF_CUE_P, X_DIST, X_RANK, X_BETWEEN, X_PRON, X_FIRST, X_AGENT,
    X_QUOTE, X_CUE_P_SIDE, X_TIME, X_HEAD_CUE, X_CUE_P_REL_SIDE
};

/* Paths are followed this many arcs up from each end. */
#define PATH_MAX_UP 4

/* Can token i head a source: a noun, name, pronoun or number ("the
 * two", "which")? */
static bool is_nounish(const hs_doc *d, int32_t i)
{
    switch (d->toks[i].pos) {
    case HS_POS_NN: case HS_POS_NNS: case HS_POS_NNP: case HS_POS_NNPS:
    case HS_POS_PRP: case HS_POS_WP: case HS_POS_WDT: case HS_POS_CD:
        return true;
    default:
        return false;
    }
}

/* Is token i in w's cue? */
static bool in_cue(const hs_attr_work *w, int32_t i)
{
    return i >= w->cue_tok0 && i < w->cue_tok1;
}

/* Does the phrase headed by x say when ("Tuesday", "last week")? */
static bool temporal(const hs_doc *d, int32_t x)
{
    static const char *const words[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "today", "yesterday", "tonight", "week", "month", "year",
        "morning", "afternoon", "evening", "night", "weekend", NULL
    };
    if (d->toks[x].deprel == HS_DEP_NMOD_TMOD)
        return true;
    for (const char *const *w = words; *w; w++)
        if (hs_tok_is(d, (uint32_t)x, *w))
            return true;
    return false;
}

bool hs_sources_site_of(const hs_doc *d, const hs_tree *t,
                        const hs_attr_work *w, const int32_t *cue_of,
                        hs_sources_site *s)
{
    (void)t;
    if (w->content.n == 0 || w->cue_tok0 < 0 || w->cue_tok1 <= w->cue_tok0 ||
        w->src_tok1 > w->src_tok0)
        return false;
    int32_t cue = -1;
    for (int32_t i = w->cue_tok0; i < w->cue_tok1 && cue < 0; i++) {
        int32_t h = d->toks[i].head;
        if (h < w->cue_tok0 || h >= w->cue_tok1)
            cue = i;
    }
    if (cue < 0)
        return false;
    const hs_sentence *sent = &d->sents[d->toks[cue].sent];
    s->cue = cue;
    s->cue_of = cue_of;
    s->lo = cue - HS_SOURCES_REACH > (int32_t)sent->tok0 ? cue - HS_SOURCES_REACH
                                                         : (int32_t)sent->tok0;
    s->hi = cue + HS_SOURCES_REACH < (int32_t)sent->tok1 - 1 ? cue + HS_SOURCES_REACH
                                                             : (int32_t)sent->tok1 - 1;
    return true;
}

bool hs_sources_candidate(const hs_doc *d, const hs_attr_work *w,
                          const hs_sources_site *s, int32_t i)
{
    if (i == HS_SOURCES_NONE)
        return true;
    if (i < s->lo || i > s->hi || !is_nounish(d, i) || s->cue_of[i] >= 0 ||
        hs_pk_in_content(d, w, i))
        return false;
    /* a phrase's head, not a word inside one ("South" of "South Carolina
     * senator"); a possessor can be one ("Trump's claim") */
    /* a verb read as the head of a noun compound: "Federal court | rules
     * against", "The New York Times | reports:" */
    if (d->toks[i].deprel == HS_DEP_COMPOUND && d->toks[i].head == s->cue)
        return i + 1 == s->cue;
    switch (d->toks[i].deprel) {
    case HS_DEP_COMPOUND: case HS_DEP_NUMMOD: case HS_DEP_DET:
    case HS_DEP_AMOD: case HS_DEP_CASE:
        return false;
    default:
        return true;
    }
}

/* The relations on the way up from token x to the lowest node it shares
 * with the ancestors of the cue, into path[] (at most PATH_MAX_UP);
 * returns how many, or -1 when the node is further. */
static int path_up(const hs_doc *d, int32_t x, const int32_t *anc, int nanc,
                   uint8_t *path, int32_t *meet)
{
    int n = 0;
    for (;;) {
        for (int k = 0; k < nanc; k++)
            if (anc[k] == x) {
                *meet = k;
                return n;
            }
        if (n == PATH_MAX_UP || d->toks[x].head < 0)
            return -1;
        path[n++] = d->toks[x].deprel;
        x = d->toks[x].head;
    }
}

/* Which verb token i is the subject of, seen from the cue: 0 none, 1 the
 * cue itself, 2 a verb above the cue, 3 a verb below it, 4 another. */
static uint64_t subject_of(const hs_doc *d, int32_t i, int32_t cue,
                           const int32_t *anc, int nanc)
{
    int r = d->toks[i].deprel;
    int32_t u = d->toks[i].head;
    if ((r != HS_DEP_NSUBJ && r != HS_DEP_NSUBJPASS) || u < 0)
        return 0;
    if (u == cue)
        return 1;
    for (int k = 1; k < nanc; k++)
        if (anc[k] == u)
            return 2;
    for (int32_t x = d->toks[u].head, n = 0; x >= 0 && n < 8; x = d->toks[x].head, n++)
        if (x == cue)
            return 3;
    return 4;
}

size_t hs_sources_features(const hs_doc *d, const hs_tree *t,
                           const hs_attr_work *w, const hs_sources_site *s,
                           int32_t i, uint64_t *keys)
{
    size_t n = 0;
    int32_t v = s->cue;
    const hs_token *tv = &d->toks[v];
    bool content_before = w->content.frag[0].begin < tv->c0;
    if (i == HS_SOURCES_NONE) {
        /* the cue's own frame: a passive, an impersonal "it is said", a
         * noun without a possessor */
        unsigned frame = 0;
        HS_FOR_CHILDREN(t, v, k) {
            int r = d->toks[k].deprel;
            frame |= r == HS_DEP_NSUBJ ? 1u : r == HS_DEP_NSUBJPASS ? 2u :
                     r == HS_DEP_NMOD_POSS ? 4u : r == HS_DEP_EXPL ? 8u : 0u;
        }
        keys[n++] = hs_pk_num(X_NONE, 0);
        keys[n++] = hs_pk_num(X_NONE_CUE_P, tv->pos);
        keys[n++] = hs_pk_num(X_NONE_CUE_REL, tv->deprel * 64u + tv->pos);
        keys[n++] = hs_pk_num(X_NONE_FRAME, frame * 64u + tv->pos);
        keys[n++] = hs_pk_num(X_NONE_SIDE, content_before);
        return n;
    }
    const hs_token *ti = &d->toks[i];
    uint64_t side = i < v ? 1 : 2;
    keys[n++] = hs_pk_num(X_P, ti->pos);
    keys[n++] = hs_pk_num(X_P_SIDE, ti->pos * 4u + side);
    keys[n++] = hs_pk_num(X_NER, ti->ner * 4u + side);
    keys[n++] = hs_pk_num(X_REL, ti->deprel * 4u + side);
    keys[n++] = hs_pk_num(X_REL_CUE_P, (ti->deprel * 64u + tv->pos) * 4u + side);
    keys[n++] = hs_pk_num(X_CUE_P_SIDE, (tv->pos * 4u + side) * 2u + content_before);
    keys[n++] = hs_pk_num(X_HEAD_CUE, (ti->head == v) * 128u + ti->deprel);
    keys[n++] = hs_pk_num(X_CUE_P_REL_SIDE, ((tv->pos * 64u + tv->deprel) * 4u + side));
    /* the path in the tree */
    int32_t anc[16];
    int nanc = 0;
    for (int32_t x = v; x >= 0 && nanc < 16; x = d->toks[x].head)
        anc[nanc++] = x;
    uint8_t up[PATH_MAX_UP];
    int32_t meet = -1;
    int nu = path_up(d, i, anc, nanc, up, &meet);
    uint64_t path = 0x9a7;
    if (nu < 0) {
        path = 1;
    } else {
        for (int k = 0; k < nu; k++)
            path = path * 61 + up[k];
        path = path * 61 + 60;        /* the meeting node */
        for (int k = meet - 1; k >= 0 && meet - k <= PATH_MAX_UP; k--)
            path = path * 61 + d->toks[anc[k]].deprel;
        if (meet > PATH_MAX_UP)
            path = path * 61 + 59;    /* more arcs down to the cue */
    }
    keys[n++] = hs_pk_num(X_PATH, path);
    keys[n++] = hs_feat_mix(hs_pk_num(X_PATH, path), tv->pos);
    keys[n++] = hs_pk_num(X_PATH_LEN, nu < 0 ? 15 : (uint64_t)(nu + (meet < 7 ? meet : 7)));
    uint64_t so = subject_of(d, i, v, anc, nanc);
    keys[n++] = hs_pk_num(X_SUBJ_OF, so * 4 + side);
    keys[n++] = hs_pk_num(X_SUBJ_OF_CUE_P, (so * 64 + tv->pos) * 4 + side);
    /* what lies between */
    int32_t a = i < v ? i : v, b = i < v ? v : i;
    int commas = 0, verbs = 0, nouns = 0, quotes = 0;
    for (int32_t k = a + 1; k < b; k++) {
        if (hs_tok_is(d, (uint32_t)k, ","))
            commas++;
        else if (d->toks[k].flags & HS_TF_QUOTE)
            quotes++;
        if (is_verbal(d, k) && !in_cue(w, k))
            verbs++;
        if (hs_sources_candidate(d, w, s, k) && k != i)
            nouns++;
    }
    keys[n++] = hs_pk_num(X_DIST, hs_pk_bucket(b - a) * 4 + side);
    keys[n++] = hs_pk_num(X_RANK, hs_pk_bucket(nouns) * 4 + side);
    keys[n++] = hs_pk_num(X_BETWEEN, ((hs_pk_bucket(commas) * 8 + hs_pk_bucket(verbs)) * 8 +
                                     hs_pk_bucket(quotes)) * 4 + side);
    keys[n++] = hs_feat_mix(hs_pk_num(X_BETWEEN, hs_pk_bucket(verbs) * 8 + hs_pk_bucket(nouns)),
                            side * 64 + tv->pos);
    /* its kind */
    if (ti->pos == HS_POS_PRP || ti->pos == HS_POS_WP || ti->pos == HS_POS_WDT)
        keys[n++] = hs_feat_mix(hs_pk_word(X_PRON, d, i), side);
    const hs_sentence *sent = &d->sents[ti->sent];
    bool first = t->left[i] == (int32_t)sent->tok0;
    keys[n++] = hs_pk_num(X_FIRST, first * 4u + side);
    bool by = false;
    HS_FOR_CHILDREN(t, i, k)
        by |= d->toks[k].deprel == HS_DEP_CASE && hs_tok_is(d, (uint32_t)k, "by");
    keys[n++] = hs_pk_num(X_AGENT, (by * 64u + tv->pos) * 4u + side);
    keys[n++] = hs_pk_num(X_QUOTE, (ti->quote_depth > 0) * 2u + (tv->quote_depth > 0));
    keys[n++] = hs_pk_num(X_TIME, temporal(d, i));
    return n;
}

/* Score of candidate i of site s under model m. */
static float score(const hs_doc *d, const hs_tree *t, const hs_model *m,
                   const hs_attr_work *w, const hs_sources_site *s, int32_t i)
{
    uint64_t keys[HS_SOURCES_MAX_FEATS];
    float sc[2] = { 0, 0 };
    size_t n = hs_sources_features(d, t, w, s, i, keys);
    hs_model_score(m, keys, n, sc);
    return sc[1] - sc[0];
}

/* The best candidate of site s under model m when it beats "no source"
 * by the margin; HS_SOURCES_NONE otherwise. */
static int32_t choose(const hs_doc *d, const hs_tree *t, const hs_model *m,
                      const hs_attr_work *w, const hs_sources_site *s)
{
    float none_score = score(d, t, m, w, s, HS_SOURCES_NONE), best_score = none_score;
    int32_t best = HS_SOURCES_NONE;
    for (int32_t i = s->lo; i <= s->hi; i++) {
        if (!hs_sources_candidate(d, w, s, i))
            continue;
        float sc = score(d, t, m, w, s, i);
        if (sc > best_score) {
            best = i;
            best_score = sc;
        }
    }
    return best_score - none_score > HS_SOURCES_MARGIN ? best : HS_SOURCES_NONE;
}

/* The source span [*a, *b] (tokens) that candidate head h of site s
 * stands for: its phrase, as the rules cut a subject's, then kept to the
 * words around h off the cue and the content; false when none is left. */
static bool new_span(const attr_ctx *c, const hs_attr_work *w,
                     const hs_sources_site *s, int32_t h, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    int32_t lo, hi;
    if (d->toks[h].deprel == HS_DEP_COMPOUND && d->toks[h].head == s->cue) {
        /* the words before it that hang on the cue too: "The New York" */
        *a = *b = h;
        while (*a - 1 >= 0 && d->toks[*a - 1].sent == d->toks[h].sent &&
               (d->toks[*a - 1].head == s->cue ||
                (d->toks[*a - 1].head >= *a && d->toks[*a - 1].head <= h)) &&
               !hs_pk_in_content(d, w, *a - 1) && hs_pk_word_tok(d, *a - 1))
            (*a)--;
        return true;
    }
    if (!hs_attr_source_phrase(c, s->cue, h, &lo, &hi) || h < lo || h > hi)
        return false;
    *a = *b = h;
    while (*a - 1 >= lo && !in_cue(w, *a - 1) && !hs_pk_in_content(d, w, *a - 1))
        (*a)--;
    while (*b + 1 <= hi && !in_cue(w, *b + 1) && !hs_pk_in_content(d, w, *b + 1))
        (*b)++;
    /* nor a preposition or conjunction before it ("by | the FBI") */
    while (*a < h && (!hs_pk_word_tok(d, *a) || d->toks[*a].pos == HS_POS_IN ||
                      d->toks[*a].pos == HS_POS_CC || d->toks[*a].pos == HS_POS_TO))
        (*a)++;
    while (*b > h && !hs_pk_word_tok(d, *b))
        (*b)--;
    return true;
}

void hs_sources_apply(const attr_ctx *c)
{
    hs_doc *d = c->d;
    const hs_tree *t = &c->tree;
    const hs_model *m = d->eng->sources_model;
    if (!m)
        return;
    int32_t *cue_of = malloc((d->ntoks ? d->ntoks : 1) * sizeof *cue_of);
    if (!cue_of)
        return;                     /* the rules' sources stand */
    hs_pk_cue_marks(d, cue_of);
    for (size_t k = 0; k < d->nattrs; k++) {
        hs_attr_work *w = &d->attrs[k];
        hs_sources_site s;
        if (!hs_sources_site_of(d, t, w, cue_of, &s))
            continue;
        int32_t h = choose(d, t, m, w, &s);
        int32_t a, b;
        if (h != HS_SOURCES_NONE && new_span(c, w, &s, h, &a, &b)) {
            w->src_tok0 = a;
            w->src_tok1 = b + 1;
            w->source.begin = d->toks[a].c0;
            w->source.end = d->toks[b].c1;
        }
    }
    free(cue_of);
}
