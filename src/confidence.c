/*
 * confidence.c -- how far to trust each attribution.
 *
 * An attribution's confidence is the probability that an annotator marks
 * the same attribution: that PolNeAR's scorer pairs it with a gold one
 * and counts it fully correct (content overlap at least half, source
 * overlap at least half, a cue word shared).  It is a logistic model over
 * a few dozen yes/no facts about the attribution (its kind, how strongly
 * the cue detector believed its cue, how often the lexicon saw the cue
 * word in a cue, whether it has a source and of what kind, its length),
 * fitted by tools/fit_confidence.c on predictions that no model had seen
 * in training (make heldout's fold models over train), so that 0.8 means
 * right about four times in five on unseen text; docs/ACCURACY.md shows
 * the fit on dev.  The weights are data/models/confidence.txt, a name and
 * a weight per line, compiled in.  The stage then keeps what the caller's
 * threshold admits, and of two attributions with one content only one:
 * the one whose cue holds the other's, else the more confident.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "confidence.h"
#include "cues.h"
#include "lexicon.h"
#include "models.h"

_Static_assert(HS_CONF_COUNT <= sizeof ((hs_engine *)0)->conf_weights /
               sizeof(float), "hs_engine.conf_weights is too small");

const char *const hs_conf_names[HS_CONF_COUNT] = {
#define HS_X_NAME(name, str) str,
    HS_CONF_LIST(HS_X_NAME)
#undef HS_X_NAME
};

int hs_conf_load(const char *name, float *w, hs_error *err)
{
    memset(w, 0, HS_CONF_COUNT * sizeof *w);
    hs_blob b;
    if (!hs_blob_get(name, &b))
        return 0;                       /* no model: every weight 0 */
    const char *p = (const char *)b.data, *end = p + b.size;
    size_t lineno = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *line = p;
        size_t len = (size_t)(le - p);
        p = nl ? nl + 1 : end;
        lineno++;
        if (len == 0 || line[0] == '#')
            continue;
        const char *tab = memchr(line, '\t', len);
        int f = -1;
        for (int k = 0; tab && k < HS_CONF_COUNT; k++)
            if (strlen(hs_conf_names[k]) == (size_t)(tab - line) &&
                memcmp(hs_conf_names[k], line, (size_t)(tab - line)) == 0)
                f = k;
        if (f < 0) {
            hs_set_error(err, HS_ERR_MODEL, 0, "%s:%zu: unknown feature",
                         name, lineno);
            return -1;
        }
        w[f] = strtof(tab + 1, NULL);
    }
    return 0;
}

/* The words (tokens other than punctuation) of w's content; *verb is
 * set when one of them is a verb.  One pass over its tokens. */
static uint32_t content_words(const hs_doc *d, const hs_attr_work *w, bool *verb)
{
    uint32_t n = 0;
    *verb = false;
    for (uint32_t q = 0; q < w->content.n; q++) {
        hs_span f = w->content.frag[q];
        for (uint32_t k = hs_tok_at(d, f.begin); k < d->ntoks && d->toks[k].c0 < f.end; k++) {
            n += !(d->toks[k].flags & HS_TF_PUNCT);
            *verb |= d->toks[k].pos >= HS_POS_VB && d->toks[k].pos <= HS_POS_VBZ;
        }
    }
    return n;
}

/* The lexicon's share of cue uses of the cue head's word, as a bin. */
static int share_bin(const hs_doc *d, int32_t head)
{
    const hs_token *t = &d->toks[head];
    char cls = t->pos >= HS_POS_VB && t->pos <= HS_POS_VBZ ? 'V' :
               t->pos == HS_POS_NN || t->pos == HS_POS_NNS ? 'N' : 'O';
    const hs_cue_entry *e = hs_lex_cue(d->eng->lex, hs_tok_str(d, t),
                                       hs_tok_len(t), cls);
    if (!e || e->seen == 0)
        return HS_CONF_SHARE_NONE;
    double s = (double)e->in_cue / (double)e->seen;
    return s < 0.05 ? HS_CONF_SHARE_05 : s < 0.2 ? HS_CONF_SHARE_20 :
           s < 0.5 ? HS_CONF_SHARE_50 : s < 0.8 ? HS_CONF_SHARE_80 :
           HS_CONF_SHARE_100;
}

size_t hs_conf_features(const hs_doc *d, const hs_attr_work *w, int *f)
{
    size_t n = 0;
    f[n++] = HS_CONF_BIAS;
    f[n++] = w->kind == HS_DIRECT ? HS_CONF_DIRECT :
             w->kind == HS_MIXED ? HS_CONF_MIXED : HS_CONF_INDIRECT;
    /* the cue: how strongly detected, what word class, how often a cue */
    int32_t h = w->cue_head;
    if (h < 0) {
        f[n++] = HS_CONF_NO_CUE;
    } else {
        int s = w->cue_strength;
        f[n++] = s == HS_CUE_SURE ? HS_CONF_CUE_SURE :
                 w->weak ? (s < 0 ? HS_CONF_CUE_WEAK_LOW : HS_CONF_CUE_WEAK) :
                 s == 0 ? HS_CONF_CUE_RULE : s < 20 ? HS_CONF_CUE_8 :
                 s < 40 ? HS_CONF_CUE_20 : s < 80 ? HS_CONF_CUE_40 :
                 HS_CONF_CUE_80;
        const hs_token *t = &d->toks[h];
        f[n++] = (t->flags & HS_TF_PUNCT) ? HS_CONF_HEAD_PUNCT :
                 t->pos >= HS_POS_VB && t->pos <= HS_POS_VBZ ? HS_CONF_HEAD_VERB :
                 t->pos == HS_POS_NN || t->pos == HS_POS_NNS ? HS_CONF_HEAD_NOUN :
                 HS_CONF_HEAD_OTHER;
        if (!(t->flags & HS_TF_PUNCT))
            f[n++] = share_bin(d, h);
        if (t->quote_depth > 0)
            f[n++] = HS_CONF_CUE_QUOTED;
    }
    /* the source: none, a pronoun, a name, something else */
    int src;
    if (w->src_tok0 < 0) {
        src = HS_CONF_SRC_NONE;
    } else {
        bool pron = false, name = false;
        for (int32_t k = w->src_tok0; k < w->src_tok1; k++) {
            pron |= d->toks[k].pos == HS_POS_PRP;
            name |= d->toks[k].pos == HS_POS_NNP || d->toks[k].pos == HS_POS_NNPS;
        }
        src = name ? HS_CONF_SRC_NAME : pron && w->src_tok1 - w->src_tok0 == 1 ?
              HS_CONF_SRC_PRONOUN : HS_CONF_SRC_OTHER;
    }
    f[n++] = src;
    if (src == HS_CONF_SRC_NONE)
        f[n++] = w->kind == HS_DIRECT ? HS_CONF_DIRECT_NO_SRC :
                 w->kind == HS_MIXED ? HS_CONF_MIXED_NO_SRC :
                 HS_CONF_INDIRECT_NO_SRC;
    if (w->speaker <= 0 || (size_t)w->speaker > d->nents) {
        f[n++] = HS_CONF_NO_SPEAKER;
    } else {
        hs_entity_type et = d->ents[w->speaker - 1].type;
        f[n++] = et == HS_ENT_PERSON ? HS_CONF_SPK_PERSON :
                 et == HS_ENT_ORG ? HS_CONF_SPK_ORG :
                 et == HS_ENT_GPE ? HS_CONF_SPK_PLACE : HS_CONF_SPK_OTHER;
    }
    if (w->src_tok0 >= 0 && w->cue_tok0 >= 0 && w->src_tok0 > w->cue_tok0)
        f[n++] = HS_CONF_SOURCE_AFTER;
    if (w->act != HS_ACT_SAY)
        f[n++] = HS_CONF_ACT_OTHER;
    if (w->cue_tok0 >= 0 && w->cue_tok1 - w->cue_tok0 > 1)
        f[n++] = HS_CONF_CUE_WORDS;
    /* the content: its length, in one piece or several, in the headline */
    bool verb;
    uint32_t words = content_words(d, w, &verb);
    f[n++] = words <= 3 ? HS_CONF_WORDS_3 : words <= 8 ? HS_CONF_WORDS_8 :
             words <= 20 ? HS_CONF_WORDS_20 : words <= 40 ? HS_CONF_WORDS_40 :
             HS_CONF_WORDS_MORE;
    if (w->content.n > 1)
        f[n++] = HS_CONF_FRAGMENTS;
    if (w->content.n) {
        uint32_t k0 = hs_tok_at(d, w->content.frag[0].begin);
        f[n++] = k0 >= d->ntoks ? HS_CONF_OPENS_OTHER :
                 hs_tok_is(d, k0, "that") ? HS_CONF_OPENS_THAT :
                 (d->toks[k0].flags & HS_TF_QUOTE) ? HS_CONF_OPENS_QUOTE :
                 hs_tok_is(d, k0, "to") ? HS_CONF_OPENS_TO : HS_CONF_OPENS_OTHER;
        if (!verb)
            f[n++] = HS_CONF_NO_VERB;
    }
    if (w->content.n && d->nparas && d->paras[0].tok1 > 0 &&
        w->content.frag[0].begin < d->toks[d->paras[0].tok1 - 1].c1)
        f[n++] = HS_CONF_HEADLINE;
    return n;
}

float hs_conf_score(const float *weights, const int *f, size_t n)
{
    float z = 0;
    for (size_t k = 0; k < n; k++)
        z += weights[f[k]];
    return 1.0f / (1.0f + expf(-z));
}

/* Order of two attributions' contents: fragment count, then each
 * fragment's begin and end; 0 when they hold the same content. */
static int cmp_content(const hs_attr_work *v, const hs_attr_work *w)
{
    if (v->content.n != w->content.n)
        return v->content.n < w->content.n ? -1 : 1;
    for (uint32_t f = 0; f < v->content.n; f++) {
        hs_span a = v->content.frag[f], b = w->content.frag[f];
        if (a.begin != b.begin)
            return a.begin < b.begin ? -1 : 1;
        if (a.end != b.end)
            return a.end < b.end ? -1 : 1;
    }
    return 0;
}

/* qsort order of attributions by content, then place in the document
 * (stable groups). */
static int cmp_by_content(const void *x, const void *y)
{
    const hs_attr_work *v = *(const hs_attr_work *const *)x, *w = *(const hs_attr_work *const *)y;
    int c = cmp_content(v, w);
    return c ? c : (v > w) - (v < w);
}

/* Does the cue of v hold the cue of w and more ("sent an email saying"
 * and "saying")? */
static bool cue_holds(const hs_attr_work *v, const hs_attr_work *w)
{
    return v->cue.begin <= w->cue.begin && w->cue.end <= v->cue.end &&
           v->cue.end - v->cue.begin > w->cue.end - w->cue.begin;
}

/* Of two attributions with one content, does v beat w (which comes after
 * v in the document when their confidences tie)?  A cue that holds the
 * other's wins, else the higher confidence. */
static bool beats(const hs_attr_work *v, const hs_attr_work *w)
{
    if (cue_holds(v, w) || cue_holds(w, v))
        return cue_holds(v, w);
    return v->confidence >= w->confidence;
}

/* Keep one attribution of each content (see hs_confidence), in document
 * order: sorted by content, each run of equals keeps its winner.  0, or
 * -1 with err set. */
static int keep_one_per_content(hs_doc *d, hs_error *err)
{
    if (d->nattrs < 2)
        return 0;
    hs_attr_work **by = malloc(d->nattrs * sizeof *by);
    bool *drop = calloc(d->nattrs, sizeof *drop);
    if (!by || !drop) {
        free(by);
        free(drop);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    for (size_t a = 0; a < d->nattrs; a++)
        by[a] = &d->attrs[a];
    qsort(by, d->nattrs, sizeof *by, cmp_by_content);
    for (size_t g = 0; g < d->nattrs;) {
        size_t e = g + 1, best = g;
        while (e < d->nattrs && cmp_content(by[g], by[e]) == 0)
            e++;
        if (by[g]->content.n == 0) {   /* no content: nothing to share */
            g = e;
            continue;
        }
        for (size_t k = g + 1; k < e; k++)
            if (!beats(by[best], by[k]))
                best = k;
        for (size_t k = g; k < e; k++)
            drop[by[k] - d->attrs] = k != best;
        g = e;
    }
    size_t kept = 0;
    for (size_t a = 0; a < d->nattrs; a++)
        if (!drop[a])
            d->attrs[kept++] = d->attrs[a];
    d->nattrs = kept;
    free(by);
    free(drop);
    return 0;
}

/* Score every attribution, then keep those the caller's threshold
 * admits and, of two with one content (two cues read for one quotation:
 * "“...” ... joked Beck" after "someone shouted"), the more confident:
 * the gold gives a content one attribution (train: 19,307 contents
 * once, 6 twice), and held out the more confident of such a pair is the
 * one an annotator marked two times in three; where one cue holds the
 * other, the longer one, seven times in seven. */
int hs_confidence(hs_doc *d, hs_error *err)
{
    int f[HS_CONF_MAX_ACTIVE];
    size_t kept = 0;
    for (size_t a = 0; a < d->nattrs; a++) {
        hs_attr_work *w = &d->attrs[a];
        size_t n = hs_conf_features(d, w, f);
        w->confidence = hs_conf_score(d->eng->conf_weights, f, n);
        if (w->confidence >= d->eng->min_confidence)
            d->attrs[kept++] = *w;     /* the caller asked for no less */
    }
    d->nattrs = kept;
    return d->eng->contents_keep_all ? 0 : keep_one_per_content(d, err);
}
