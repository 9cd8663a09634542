/*
 * bounds.c -- where a content and its source start and end (see bounds.h).
 *
 * A candidate boundary is described from both sides: the words at it, the
 * largest constituent it closes and the largest it opens, with where each
 * attaches (to the cue, inside the content, outside), how many tree arcs
 * it cuts, what lies between it and the rules' choice (a comma, a
 * semicolon, a verb, a clause with its own subject), and how far it is
 * from that choice.  An adjunct that opens after the end and attaches to
 * the cue (", encouraging the attacks") is the typical right boundary.
 */
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "passkeys.h"

/* Feature templates (part of every key, so keep them stable). */
enum {
    /* the content's end */
    B_RULE = 1, B_RULE_DIST, B_P, B_PP, B_NEXT, B_NW, B_NWP, B_X_REL,
    B_X_REL_ATT, B_X_P_REL_ATT, B_NW_REL_ATT, B_Y_REL, B_Y_WHOLE, B_Y_REL_ATT,
    B_CROSS, B_CROSS_RULE, B_END, B_QUOTE, B_KIND_X, B_LEN, B_RULE_X, B_Y_X,
    B_NEXT_X, B_NW_X, B_NW_CUE, B_CONJ, B_SPAN, B_SPAN_ONE,
    /* the content's start */
    S_RULE, S_RULE_DIST, S_W, S_P, S_PP, S_PREV, S_PW, S_PWP, S_X_REL_ATT,
    S_RULE_X, S_W_X, S_Y_REL_ATT, S_Y_X, S_CUE_NEXT, S_CROSS, S_CROSS_RULE,
    S_QUOTE, S_KIND_X, S_LEN, S_CUE_X, S_BEGIN, S_GAP,
    /* the source's edges */
    R_RULE, R_RULE_DIST, R_W, R_P, R_NEXT, R_NW, R_X, R_NW_X, R_Y, R_SPAN,
    R_CROSS, R_CUE_X, R_LEN, R_ROOTS, R_HEAD_X, R_HEAD_NEXT
};

/* Where a token's head lies, seen from a span [a, b] (a content or a
 * source). */
enum { AT_ROOT, AT_CUE, AT_INSIDE, AT_AFTER, AT_BEFORE };

static int attach(const hs_doc *d, const hs_bounds_site *s, int32_t a,
                  int32_t b, int32_t x)
{
    int32_t h = d->toks[x].head;
    if (h < 0)
        return AT_ROOT;
    if (h == s->cue)
        return AT_CUE;
    if (h >= a && h <= b)
        return AT_INSIDE;
    return h > b ? AT_AFTER : AT_BEFORE;
}

static bool is_closing(const hs_doc *d, int32_t i)
{
    return (d->toks[i].flags & HS_TF_QUOTE) && d->toks[i].quote_role < 0;
}

/* First token whose code points start at or after cp. */
static int32_t tok_from(const hs_doc *d, size_t cp)
{
    size_t lo = 0, hi = d->ntoks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->toks[mid].c0 < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (int32_t)lo;
}

/* The first and last word of code-point span sp, in *a and *b; false
 * when it holds none. */
static bool word_range(const hs_doc *d, hs_span sp, int32_t *a, int32_t *b)
{
    *a = tok_from(d, sp.begin);
    *b = tok_from(d, sp.end) - 1;
    while (*a <= *b && !hs_pk_word_tok(d, *a))
        (*a)++;
    while (*b >= *a && !hs_pk_word_tok(d, *b))
        (*b)--;
    return *a <= *b;
}

/* The largest constituent that starts at token x. */
static int32_t opens_at(const hs_doc *d, const hs_tree *t, int32_t x)
{
    for (;;) {
        int32_t h = d->toks[x].head;
        if (h < 0 || t->left[h] < x)
            return x;
        x = h;
    }
}

/* Does a coordinated clause with a subject of its own follow word b
 * (", and hundreds of workers have left")?  The writer's sentence, not
 * the speaker's: in PolNeAR train the content stops before it three times
 * in four, so the rules' cut there stands. */
static bool subject_clause_after(const hs_doc *d, const hs_tree *t,
                                 int32_t b, int32_t hi)
{
    int32_t k = b + 1;
    while (k < hi && !hs_pk_word_tok(d, k))
        k++;
    if (k >= hi || d->toks[k].pos != HS_POS_CC)
        return false;
    int32_t x = opens_at(d, t, k + 1);
    HS_FOR_CHILDREN(t, x, c)
        if (d->toks[c].deprel == HS_DEP_NSUBJ || d->toks[c].deprel == HS_DEP_NSUBJPASS)
            return true;
    return false;
}

/* Does the phrase headed by x say when ("in 2012", "on Tuesday", "this
 * month", "last week")? */
static bool temporal(const hs_doc *d, int32_t x)
{
    const hs_token *tx = &d->toks[x];
    if (tx->deprel == HS_DEP_NMOD_TMOD)
        return true;
    if (tx->pos == HS_POS_CD && hs_tok_len(tx) == 4)
        return true;                /* a year */
    return hs_tok_is_time_word(d, (uint32_t)x);
}

/* Is token k a word of a time phrase that hangs on the cue v itself (the
 * largest constituent starting or ending at k has v as its head)?  Such a
 * phrase ("rejected by the voters [in 2012]", "Smith [on Tuesday] said")
 * says when the cue happened and is never part of its source. */
static bool hangs_on(const hs_doc *d, const hs_tree *t, int32_t k, int32_t v)
{
    if (v < 0)
        return false;
    int32_t x = opens_at(d, t, k);
    if (d->toks[x].head == v && temporal(d, x))
        return true;
    x = k;
    for (;;) {                      /* the largest one ending at k */
        int32_t h = d->toks[x].head;
        if (h < 0 || h == v || t->right[h] != t->right[x])
            break;
        x = h;
    }
    return d->toks[x].head == v && temporal(d, x);
}

/* The source's words and the range its edges may move in: its sentence,
 * its side of the cue, up to the content, another attribution's cue or a
 * phrase that hangs on the cue. */
static void source_range(const hs_doc *d, const hs_tree *t,
                         const hs_attr_work *w, const int32_t *cue_of,
                         hs_bounds_site *s)
{
    if (w->source.end <= w->source.begin || w->cue_tok0 < 0)
        return;
    int32_t a, b;
    if (!word_range(d, w->source, &a, &b) || d->toks[a].sent != d->toks[b].sent ||
        (a < w->cue_tok1 && b >= w->cue_tok0))
        return;
    const hs_sentence *sent = &d->sents[d->toks[a].sent];
    int32_t self = (int32_t)(w - d->attrs);
    int32_t lo = a, hi = b;
    int32_t lim_lo = b < w->cue_tok0 ? (int32_t)sent->tok0 : w->cue_tok1;
    int32_t lim_hi = b < w->cue_tok0 ? w->cue_tok0 - 1 : (int32_t)sent->tok1 - 1;
    while (lo - 1 >= lim_lo && !hs_pk_in_content(d, w, lo - 1) &&
           (cue_of[lo - 1] < 0 || cue_of[lo - 1] == self) &&
           !hangs_on(d, t, lo - 1, s->cue))
        lo--;
    while (hi + 1 <= lim_hi && !hs_pk_in_content(d, w, hi + 1) &&
           (cue_of[hi + 1] < 0 || cue_of[hi + 1] == self) &&
           !hangs_on(d, t, hi + 1, s->cue))
        hi++;
    while (lo < a && !hs_pk_word_tok(d, lo))
        lo++;
    while (hi > b && !hs_pk_word_tok(d, hi))
        hi--;
    if (hi - lo > HS_BOUNDS_MAX_SPAN)
        return;
    s->src_head = a;
    for (int32_t k = a; k <= b; k++) {
        int32_t h = d->toks[k].head;
        if (hs_pk_word_tok(d, k) && (h < a || h > b)) {
            s->src_head = k;
            break;
        }
    }
    s->src_first = a;
    s->src_last = b;
    s->src_lo = lo;
    s->src_hi = hi;
}

bool hs_bounds_site_of(const hs_doc *d, const hs_tree *t,
                       const hs_attr_work *w, const int32_t *cue_of,
                       hs_bounds_site *s)
{
    if (w->content.n == 0)
        return false;
    int32_t f = 0;
    for (uint32_t k = 1; k < w->content.n; k++)
        if (w->content.frag[k].end > w->content.frag[f].end)
            f = (int32_t)k;
    int32_t a, b;
    if (!word_range(d, w->content.frag[f], &a, &b))
        return false;
    /* the cue's head: its token whose head lies outside it */
    int32_t cue = -1;
    for (int32_t i = w->cue_tok0; i >= 0 && i < w->cue_tok1 && cue < 0; i++) {
        int32_t h = d->toks[i].head;
        if (h < w->cue_tok0 || h >= w->cue_tok1)
            cue = i;
    }
    /* a noun cue's content is its complement ("criticism of the plan"),
     * which the rules take whole */
    if (cue >= 0 && (d->toks[cue].pos == HS_POS_NN || d->toks[cue].pos == HS_POS_NNS))
        return false;
    const hs_sentence *sent = &d->sents[d->toks[b].sent];
    int32_t lo = a > (int32_t)sent->tok0 ? a : (int32_t)sent->tok0;
    int32_t hi = (int32_t)sent->tok1 - 1;
    if (w->cue_tok0 > b && w->cue_tok0 - 1 < hi)
        hi = w->cue_tok0 - 1;       /* a content before its cue */
    while (hi > b && !hs_pk_word_tok(d, hi))
        hi--;
    if (hi - lo > HS_BOUNDS_MAX_SPAN)
        return false;
    /* a content after its cue starts after the cue's head; any other in
     * its sentence */
    int32_t start_lo = (int32_t)sent->tok0;
    if (b - start_lo > HS_BOUNDS_MAX_SPAN)
        start_lo = b - HS_BOUNDS_MAX_SPAN;
    if (cue >= 0 && cue < lo && cue + 1 > start_lo)
        start_lo = cue + 1;
    /* nor across another attribution's cue (the tidy passes would drop
     * one of the two as nested), nor across its own source */
    int32_t self = (int32_t)(w - d->attrs);
    for (int32_t k = lo - 1; k >= start_lo; k--)
        if ((cue_of[k] >= 0 && cue_of[k] != self) ||
            (k >= w->src_tok0 && k < w->src_tok1)) {
            start_lo = k + 1;
            break;
        }
    for (int32_t k = b + 1; k <= hi; k++)
        if ((cue_of[k] >= 0 && cue_of[k] != self) ||
            (k >= w->src_tok0 && k < w->src_tok1)) {
            hi = k - 1;
            break;
        }
    while (hi > b && !hs_pk_word_tok(d, hi))
        hi--;
    if (subject_clause_after(d, t, b, hi))
        hi = b;
    *s = (hs_bounds_site){ .frag = f,
                           .one_frag = w->content.n == 1 && a == lo,
                           .cue = cue, .first = lo, .last = b,
                           .hi = hi, .start_lo = start_lo, .src_first = -1,
                           .src_last = -1 };
    source_range(d, t, w, cue_of, s);
    return true;
}

void hs_bounds_range(const hs_bounds_site *s, hs_bound_side side,
                     int32_t *rule, int32_t *lo, int32_t *hi)
{
    switch (side) {
    case HS_BOUND_END:
        *rule = s->last, *lo = s->first, *hi = s->hi;
        break;
    case HS_BOUND_START:
        *rule = s->first, *lo = s->start_lo, *hi = s->last;
        if (*lo < s->first - HS_BOUNDS_REACH)
            *lo = s->first - HS_BOUNDS_REACH;
        if (*hi > s->first + HS_BOUNDS_REACH)
            *hi = s->first + HS_BOUNDS_REACH;
        break;
    case HS_BOUND_SRC_END:
        *rule = s->src_last, *lo = s->src_first, *hi = s->src_hi;
        break;
    default:
        *rule = s->src_first, *lo = s->src_lo, *hi = s->src_last;
        break;
    }
}

bool hs_bounds_candidate(const hs_doc *d, const hs_bounds_site *s,
                         hs_bound_side side, int32_t i)
{
    if ((side == HS_BOUND_START && !s->one_frag) ||
        (side >= HS_BOUND_SRC_END && s->src_first < 0))
        return false;
    int32_t rule, lo, hi;
    hs_bounds_range(s, side, &rule, &lo, &hi);
    if (i < lo || i > hi || !hs_pk_word_tok(d, i))
        return false;
    if (i == rule)
        return true;
    /* "according to | an analysis by the Tax Policy Center": the source
     * keeps its head (55 times in 56 in PolNeAR train) */
    if (side == HS_BOUND_SRC_START && i > s->src_head && s->cue >= 0 &&
        hs_tok_is(d, (uint32_t)s->cue, "according"))
        return false;
    /* a phrase does not end on a word that hangs on a later word in reach
     * ("the", "of", an adjective before its noun), nor start on one that
     * hangs on an earlier word other than the cue ("the [proposal]") */
    int32_t h = d->toks[i].head;
    if (side == HS_BOUND_END || side == HS_BOUND_SRC_END)
        return !(h > i && h <= hi);
    return !(h >= lo && h < i && h != s->cue);
}

/* The largest constituent within [a, e] that ends at e (trailing
 * punctuation aside). */
static int32_t closes_at(const hs_doc *d, const hs_tree *t, int32_t a,
                         int32_t e)
{
    int32_t y = e;
    for (;;) {
        int32_t h = d->toks[y].head;
        if (h < 0 || h > e || t->left[h] < a)
            return y;
        for (int32_t k = e + 1; k <= t->right[h]; k++)
            if (hs_pk_word_tok(d, k))
                return y;
        y = h;
    }
}

/* Tree arcs a boundary cuts: words of [a, b] whose head lies outside it
 * on the boundary's side, and words outside on that side (in [lo, hi])
 * whose head lies in [a, b]; as one bucketed key value. */
static uint64_t cut_arcs(const hs_doc *d, int32_t a, int32_t b, int32_t lo,
                         int32_t hi)
{
    int32_t out = 0, in = 0;
    for (int32_t k = a; k <= b; k++) {
        int32_t h = d->toks[k].head;
        if (hs_pk_word_tok(d, k) && h >= lo && h <= hi)
            out++;
    }
    for (int32_t k = lo; k <= hi; k++) {
        int32_t h = d->toks[k].head;
        if (hs_pk_word_tok(d, k) && h >= a && h <= b)
            in++;
    }
    return hs_pk_bucket(out) * 8 + hs_pk_bucket(in);
}

/* The content's kind: 1 a "that" clause, 2 inside a quotation, 0 other. */
static uint64_t content_kind(const hs_doc *d, int32_t first)
{
    const hs_token *tf = &d->toks[first > 0 ? first - 1 : 0];
    return hs_tok_is(d, (uint32_t)first, "that") ? 1 :
           (tf->flags & HS_TF_QUOTE) && tf->quote_role > 0 ? 2 : 0;
}

/* What lies in the words (a, b] a boundary gains or loses against the
 * rules': bit flags, one per kind of thing (span_flags). */
enum {
    SPAN_COMMA = 1, SPAN_SEMI = 2, SPAN_SUBJ_CLAUSE = 4, SPAN_VERB = 8,
    SPAN_QUOTE = 16, SPAN_CUE_DEP = 32, SPAN_DASH = 64
};

static unsigned span_flags(const hs_doc *d, const hs_tree *t,
                           const hs_bounds_site *s, int32_t a, int32_t b)
{
    unsigned f = 0;
    for (int32_t k = a + 1; k <= b; k++) {
        const hs_token *tk = &d->toks[k];
        if (hs_tok_is(d, (uint32_t)k, ","))
            f |= SPAN_COMMA;
        else if (hs_tok_is(d, (uint32_t)k, ";"))
            f |= SPAN_SEMI;
        else if (tk->flags & HS_TF_QUOTE)
            f |= SPAN_QUOTE;
        else if ((tk->flags & HS_TF_PUNCT) && !hs_tok_is(d, (uint32_t)k, "."))
            f |= SPAN_DASH;
        if (tk->pos >= HS_POS_VB && tk->pos <= HS_POS_VBZ)
            f |= SPAN_VERB;
        if (tk->head == s->cue && s->cue >= 0)
            f |= SPAN_CUE_DEP;
        if (tk->pos == HS_POS_CC && k + 1 <= b) {
            /* "..., and hundreds of workers have left" */
            int32_t x = opens_at(d, t, k + 1);
            HS_FOR_CHILDREN(t, x, c)
                if (d->toks[c].deprel == HS_DEP_NSUBJ ||
                    d->toks[c].deprel == HS_DEP_NSUBJPASS)
                    f |= SPAN_SUBJ_CLAUSE;
        }
    }
    return f;
}

/* Features of ending the content [s->first, e]. */
static size_t end_features(const hs_doc *d, const hs_tree *t,
                           const hs_bounds_site *s, int32_t e, uint64_t *keys)
{
    const hs_token *te = &d->toks[e];
    const hs_sentence *sent = &d->sents[te->sent];
    int32_t send = (int32_t)sent->tok1;
    size_t n = 0;

    /* against the rules' end */
    uint64_t rule = e == s->last ? 0 : e < s->last ? 1 : 2;
    int32_t dist = e > s->last ? e - s->last : s->last - e;
    keys[n++] = hs_pk_num(B_RULE, rule);
    keys[n++] = hs_pk_num(B_RULE_DIST, rule * 8 + hs_pk_bucket(dist));

    /* the words at the boundary */
    int32_t n1 = e + 1 < send ? e + 1 : -1;
    int32_t nw = -1;
    for (int32_t k = e + 1; k < send && nw < 0; k++)
        if (hs_pk_word_tok(d, k))
            nw = k;
    keys[n++] = hs_pk_num(B_P, te->pos);
    keys[n++] = hs_pk_num(B_PP, te->pos * 64u + (n1 >= 0 ? d->toks[n1].pos : 63u));
    keys[n++] = n1 >= 0 ? hs_pk_word(B_NEXT, d, n1) : hs_pk_num(B_NEXT, 0);
    int32_t y = closes_at(d, t, s->first, e);
    uint64_t ry = (uint64_t)d->toks[y].deprel;
    if (nw < 0) {
        keys[n++] = hs_pk_num(B_END, rule);
    } else {
        uint64_t fnw = hs_pk_word(B_NW, d, nw);
        keys[n++] = fnw;
        keys[n++] = hs_pk_num(B_NWP, d->toks[nw].pos);
        int at_nw = attach(d, s, s->first, e, nw);
        keys[n++] = hs_feat_mix(fnw, (uint64_t)(d->toks[nw].deprel * 8 + at_nw));
        /* the constituent the next word opens, and where it attaches */
        int32_t x = opens_at(d, t, nw);
        int at = attach(d, s, s->first, e, x);
        uint64_t rx = (uint64_t)d->toks[x].deprel * 8 + (uint64_t)at;
        keys[n++] = hs_pk_num(B_X_REL, d->toks[x].deprel);
        keys[n++] = hs_pk_num(B_X_REL_ATT, rx);
        keys[n++] = hs_pk_num(B_X_P_REL_ATT, rx * 64 + d->toks[nw].pos);
        keys[n++] = hs_pk_num(B_RULE_X, rx * 4 + rule);
        keys[n++] = hs_feat_mix(hs_pk_word(B_NW_X, d, nw), rx);
        if (s->cue >= 0) {
            uint8_t cp = d->toks[s->cue].pos;
            uint64_t cls = cp >= HS_POS_VB && cp <= HS_POS_VBZ ? 2 : 3;
            keys[n++] = hs_feat_mix(hs_pk_word(B_NW_CUE, d, nw), cls * 8 + (uint64_t)at);
        }
        keys[n++] = hs_pk_num(B_KIND_X, rx * 4 + content_kind(d, s->first));
        keys[n++] = hs_pk_num(B_Y_X, ry * 64 * 8 + rx);
        if (d->toks[nw].pos == HS_POS_CC && nw + 1 < send) {
            /* ", and hundreds of workers have left": a clause with a
             * subject of its own after the coordinator */
            int32_t x2 = opens_at(d, t, nw + 1);
            bool subj = false;
            HS_FOR_CHILDREN(t, x2, k)
                subj |= d->toks[k].deprel == HS_DEP_NSUBJ ||
                        d->toks[k].deprel == HS_DEP_NSUBJPASS;
            keys[n++] = hs_pk_num(B_CONJ, ((uint64_t)d->toks[x2].deprel * 8 +
                                          (uint64_t)attach(d, s, s->first, e, x2)) * 2 + subj);
        }
        keys[n++] = hs_feat_mix(n1 >= 0 ? hs_pk_word(B_NEXT_X, d, n1)
                                        : hs_pk_num(B_NEXT_X, 0), rx);
    }
    /* the constituent the boundary closes */
    keys[n++] = hs_pk_num(B_Y_REL, ry);
    keys[n++] = hs_pk_num(B_Y_WHOLE, ry * 2 + (t->left[y] <= s->first));
    keys[n++] = hs_pk_num(B_Y_REL_ATT, ry * 8 + (uint64_t)attach(d, s, s->first, e, y));

    uint64_t cut = cut_arcs(d, s->first, e, e + 1, s->hi);
    keys[n++] = hs_pk_num(B_CROSS, cut);
    keys[n++] = hs_pk_num(B_CROSS_RULE, cut * 4 + rule);

    /* quotation marks at the boundary */
    uint64_t q = (te->quote_depth > 0) * 4 +
                 (n1 >= 0 && is_closing(d, n1)) * 2 +
                 (n1 >= 0 && n1 + 1 < send && is_closing(d, n1 + 1));
    keys[n++] = hs_pk_num(B_QUOTE, q * 4 + rule);
    keys[n++] = hs_pk_num(B_LEN, hs_pk_bucket(e - s->first + 1) * 4 + rule);
    if (rule) {
        unsigned f = e > s->last ? span_flags(d, t, s, s->last, e)
                                 : span_flags(d, t, s, e, s->last);
        keys[n++] = hs_pk_num(B_SPAN, f * 4 + rule);
        for (unsigned bit = 1; bit <= SPAN_DASH; bit <<= 1)
            if (f & bit)
                keys[n++] = hs_pk_num(B_SPAN_ONE, bit * 4 + rule);
    }
    return n;
}

/* How much the words [a, b) look like cue words: the least share, over
 * them, of their occurrences in train that were in a cue (the cue
 * lexicon), in five buckets.  "expressed [outrage over] North Korea's
 * gambit": the words a later start leaves between cue and content. */
static uint64_t gap_cue_share(const hs_doc *d, int32_t a, int32_t b)
{
    double least = 1.0;
    for (int32_t k = a; k < b; k++) {
        if (!hs_pk_word_tok(d, k))
            continue;
        const hs_token *tk = &d->toks[k];
        char cpos = tk->pos >= HS_POS_VB && tk->pos <= HS_POS_VBZ ? 'V' :
                    tk->pos >= HS_POS_NN && tk->pos <= HS_POS_NNPS ? 'N' : 'O';
        const hs_cue_entry *e = hs_lex_cue(d->eng->lex, hs_tok_str(d, tk),
                                           hs_tok_len(tk), cpos);
        double share = e && e->seen ? (double)e->in_cue / (double)(e->seen + 1) : 0.0;
        if (share < least)
            least = share;
    }
    return least <= 0.0 ? 0 : least < 0.1 ? 1 : least < 0.3 ? 2 : least < 0.6 ? 3 : 4;
}

/* Features of starting the content [b, s->last]. */
static size_t start_features(const hs_doc *d, const hs_tree *t,
                             const hs_bounds_site *s, int32_t b, uint64_t *keys)
{
    const hs_token *tb = &d->toks[b];
    int32_t sbeg = (int32_t)d->sents[tb->sent].tok0;
    size_t n = 0;

    uint64_t rule = b == s->first ? 0 : b < s->first ? 1 : 2;
    int32_t dist = b > s->first ? b - s->first : s->first - b;
    keys[n++] = hs_pk_num(S_RULE, rule);
    keys[n++] = hs_pk_num(S_RULE_DIST, rule * 8 + hs_pk_bucket(dist));

    /* the words at the boundary */
    int32_t p1 = b - 1 >= sbeg ? b - 1 : -1;
    int32_t pw = -1;
    for (int32_t k = b - 1; k >= sbeg && pw < 0; k--)
        if (hs_pk_word_tok(d, k))
            pw = k;
    uint64_t fw = hs_pk_word(S_W, d, b);
    keys[n++] = fw;
    keys[n++] = hs_pk_num(S_P, tb->pos);
    keys[n++] = hs_pk_num(S_PP, tb->pos * 64u + (p1 >= 0 ? d->toks[p1].pos : 63u));
    keys[n++] = p1 >= 0 ? hs_pk_word(S_PREV, d, p1) : hs_pk_num(S_PREV, 0);
    /* the constituent the content opens, and where it attaches */
    int32_t x = opens_at(d, t, b);
    if (t->right[x] > s->last)
        x = b;
    int at = attach(d, s, b, s->last, x);
    uint64_t rx = (uint64_t)d->toks[x].deprel * 8 + (uint64_t)at;
    keys[n++] = hs_pk_num(S_X_REL_ATT, rx);
    keys[n++] = hs_pk_num(S_RULE_X, rx * 4 + rule);
    keys[n++] = hs_feat_mix(fw, rx);
    keys[n++] = hs_pk_num(S_KIND_X, rx * 4 + (s->cue >= 0 && s->cue < b ? 1 : 0));
    if (s->cue >= 0)
        keys[n++] = hs_feat_mix(hs_pk_word(S_CUE_X, d, s->cue), rx);
    if (pw < 0) {
        keys[n++] = hs_pk_num(S_BEGIN, rule);
    } else {
        keys[n++] = hs_pk_word(S_PW, d, pw);
        keys[n++] = hs_pk_num(S_PWP, d->toks[pw].pos);
        /* the constituent the boundary closes before the content */
        int32_t y = pw;
        for (;;) {
            int32_t h = d->toks[y].head;
            if (h < 0 || h >= b || h < sbeg)
                break;
            bool ends = true;
            for (int32_t k = pw + 1; k <= t->right[h] && ends; k++)
                ends = !hs_pk_word_tok(d, k);
            if (!ends)
                break;
            y = h;
        }
        uint64_t ry = (uint64_t)d->toks[y].deprel * 8 +
                      (uint64_t)attach(d, s, b, s->last, y);
        keys[n++] = hs_pk_num(S_Y_REL_ATT, ry);
        keys[n++] = hs_pk_num(S_Y_X, ry * 64 * 8 + rx);
        /* right after the cue's head */
        keys[n++] = hs_pk_num(S_CUE_NEXT, (pw == s->cue) * 4 + rule);
    }
    if (b > s->first)
        keys[n++] = hs_pk_num(S_GAP, gap_cue_share(d, s->first, b) * 4 + rule);
    uint64_t cut = cut_arcs(d, b, s->last, s->start_lo, b - 1);
    keys[n++] = hs_pk_num(S_CROSS, cut);
    keys[n++] = hs_pk_num(S_CROSS_RULE, cut * 4 + rule);
    uint64_t q = (tb->quote_depth > 0) * 4 +
                 (p1 >= 0 && (d->toks[p1].flags & HS_TF_QUOTE) &&
                  d->toks[p1].quote_role > 0) * 2 +
                 ((tb->flags & HS_TF_QUOTE) != 0);
    keys[n++] = hs_pk_num(S_QUOTE, q * 4 + rule);
    keys[n++] = hs_pk_num(S_LEN, hs_pk_bucket(s->last - b + 1) * 4 + rule);
    return n;
}

/* Features of putting the source's end (or start) at word i: the other
 * edge as the rules left it.  Both edges share the templates, told apart
 * by the side mixed into each key. */
static size_t source_features(const hs_doc *d, const hs_tree *t,
                              const hs_bounds_site *s, hs_bound_side side,
                              int32_t i, uint64_t *keys)
{
    bool end = side == HS_BOUND_SRC_END;
    int32_t a = end ? s->src_first : i, b = end ? i : s->src_last;
    int32_t ruled = end ? s->src_last : s->src_first;
    uint64_t rule = i == ruled ? 0 : i < ruled ? 1 : 2;
    uint64_t sd = (uint64_t)end * 2 + (s->src_last < s->cue);   /* side, place */
    int32_t dist = i > ruled ? i - ruled : ruled - i;
    size_t n = 0;
    keys[n++] = hs_pk_num(R_RULE, rule * 4 + sd);
    keys[n++] = hs_pk_num(R_RULE_DIST, (rule * 8 + hs_pk_bucket(dist)) * 4 + sd);
    keys[n++] = hs_feat_mix(hs_pk_word(R_W, d, i), sd);
    keys[n++] = hs_pk_num(R_P, d->toks[i].pos * 4u + sd);
    /* across the boundary: the token and the word beyond it */
    int32_t step = end ? 1 : -1;
    int32_t n1 = i + step;
    int32_t lim = end ? s->src_hi : s->src_lo;
    bool inside_sent = n1 >= 0 && (size_t)n1 < d->ntoks &&
                       d->toks[n1].sent == d->toks[i].sent;
    keys[n++] = inside_sent ? hs_feat_mix(hs_pk_word(R_NEXT, d, n1), sd)
                            : hs_pk_num(R_NEXT, sd);
    /* how the rules' source hangs on the cue: a subject, a "by" agent ... */
    int32_t sh = s->src_first;
    while (d->toks[sh].head >= s->src_first && d->toks[sh].head <= s->src_last &&
           d->toks[sh].head != sh)
        sh = d->toks[sh].head;
    uint64_t srel = (uint64_t)d->toks[sh].deprel * 4 + sd;
    keys[n++] = inside_sent ? hs_feat_mix(hs_pk_word(R_HEAD_NEXT, d, n1), srel * 4 + rule)
                            : hs_pk_num(R_HEAD_NEXT, srel * 4 + rule);
    int32_t nw = -1;
    for (int32_t k = i + step; end ? k <= lim : k >= lim; k += step)
        if (hs_pk_word_tok(d, k)) {
            nw = k;
            break;
        }
    if (nw >= 0) {
        int32_t x = end ? opens_at(d, t, nw) : closes_at(d, t, lim, nw);
        if (end && t->right[x] > s->src_hi)
            x = nw;
        uint64_t rx = (uint64_t)d->toks[x].deprel * 8 +
                      (uint64_t)attach(d, s, a, b, x);
        keys[n++] = hs_feat_mix(hs_pk_word(R_NW, d, nw), sd);
        keys[n++] = hs_pk_num(R_X, (rx * 4 + rule) * 4 + sd);
        keys[n++] = hs_feat_mix(hs_pk_word(R_NW_X, d, nw), rx * 4 + sd);
        keys[n++] = hs_feat_mix(hs_pk_word(R_CUE_X, d, s->cue), rx * 4 + sd);
        keys[n++] = hs_pk_num(R_HEAD_X, (srel * 64 * 8 + rx) * 4 + rule);
    } else {
        keys[n++] = hs_pk_num(R_NW, rule * 4 + sd);
    }
    /* the constituent the source's edge closes (or opens) */
    int32_t y = end ? closes_at(d, t, a, i) : opens_at(d, t, i);
    if (!end && t->right[y] > b)
        y = i;
    keys[n++] = hs_pk_num(R_Y, (((uint64_t)d->toks[y].deprel * 8 +
                                (uint64_t)attach(d, s, a, b, y)) * 4 + rule) * 4 + sd);
    if (rule) {
        unsigned f = i > ruled ? span_flags(d, t, s, ruled, i)
                               : span_flags(d, t, s, i, ruled);
        keys[n++] = hs_pk_num(R_SPAN, (f * 4 + rule) * 4 + sd);
    }
    uint64_t cut = end ? cut_arcs(d, a, b, b + 1, s->src_hi)
                       : cut_arcs(d, a, b, s->src_lo, a - 1);
    keys[n++] = hs_pk_num(R_CROSS, (cut * 4 + rule) * 4 + sd);
    keys[n++] = hs_pk_num(R_LEN, (hs_pk_bucket(b - a + 1) * 4 + rule) * 4 + sd);
    /* a phrase has one word whose head lies outside it */
    int32_t roots = 0;
    for (int32_t k = a; k <= b; k++)
        if (hs_pk_word_tok(d, k) && (d->toks[k].head < a || d->toks[k].head > b))
            roots++;
    keys[n++] = hs_pk_num(R_ROOTS, (hs_pk_bucket(roots) * 4 + rule) * 4 + sd);
    return n;
}

size_t hs_bounds_features(const hs_doc *d, const hs_tree *t,
                          const hs_bounds_site *s, hs_bound_side side,
                          int32_t i, uint64_t *keys)
{
    switch (side) {
    case HS_BOUND_END:
        return end_features(d, t, s, i, keys);
    case HS_BOUND_START:
        return start_features(d, t, s, i, keys);
    default:
        return source_features(d, t, s, side, i, keys);
    }
}

/* The end of the content after word e: e itself, or the closing mark of
 * a quotation opened inside the content that follows e across
 * punctuation only ("... serve as president,”"). */
static size_t end_after(const hs_doc *d, const hs_bounds_site *s, int32_t e)
{
    size_t end = d->toks[e].c1;
    int32_t send = (int32_t)d->sents[d->toks[e].sent].tok1;
    for (int32_t k = e + 1; k < send && !hs_pk_word_tok(d, k); k++) {
        if (!is_closing(d, k))
            continue;
        for (size_t q = 0; q < d->nquotes; q++)
            if (d->quotes[q].close_tok == (uint32_t)k &&
                (int32_t)d->quotes[q].open_tok >= s->first - 1)
                end = d->toks[k].c1;
    }
    return end;
}

/* The start of the content before word b: b itself, or a quotation mark
 * right before it that opens a quotation closing inside the content. */
static size_t start_before(const hs_doc *d, const hs_bounds_site *s, int32_t b)
{
    int32_t k = b - 1;
    if (k >= 0 && (d->toks[k].flags & HS_TF_QUOTE) && d->toks[k].quote_role > 0)
        for (size_t q = 0; q < d->nquotes; q++)
            if (d->quotes[q].open_tok == (uint32_t)k &&
                (int32_t)d->quotes[q].close_tok <= s->last + 1)
                return d->toks[k].c0;
    return d->toks[b].c0;
}

/* Are the words [a, b) all words, the last a preposition or particle? */
static bool gap_joins_cue(const hs_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (!hs_pk_word_tok(d, k))
            return false;
    uint8_t p = d->toks[b - 1].pos;
    /* or an infinitive's verb: "declined [to criticize] the president" */
    if (p == HS_POS_VB && d->toks[a].pos == HS_POS_TO && b - a == 2)
        return true;
    return p == HS_POS_IN || p == HS_POS_TO || p == HS_POS_RP;
}

/* The model's choice for boundary `side` of s: the best candidate when
 * it beats the rules' by more than the margin, else the rules'. */
static int32_t choose(const hs_doc *d, const hs_tree *t, const hs_model *m,
                      const hs_bounds_site *s, hs_bound_side side)
{
    uint64_t keys[HS_BOUNDS_MAX_FEATS];
    int32_t rule, lo, hi;
    hs_bounds_range(s, side, &rule, &lo, &hi);
    int32_t best = rule;
    float best_score = 0.0f, rule_score = 0.0f;
    bool any = false;
    for (int32_t i = lo; i <= hi; i++) {
        if (!hs_bounds_candidate(d, s, side, i))
            continue;
        float sc[2] = { 0, 0 };
        hs_model_score(m, keys, hs_bounds_features(d, t, s, side, i, keys), sc);
        float v = sc[1] - sc[0];
        if (i == rule)
            rule_score = v;
        if (!any || v > best_score) {
            best = i;
            best_score = v;
            any = true;
        }
    }
    return best_score - rule_score > HS_BOUNDS_MARGIN ? best : rule;
}

void hs_bounds_apply(hs_doc *d, const hs_tree *t)
{
    const hs_model *m = d->eng->bounds_model;
    if (!m)
        return;
    int32_t *cue_of = malloc(d->ntoks * sizeof *cue_of);
    if (!cue_of)
        return;                     /* the rules' bounds stand */
    hs_pk_cue_marks(d, cue_of);
    for (size_t a = 0; a < d->nattrs; a++) {
        hs_attr_work *w = &d->attrs[a];
        hs_bounds_site s;
        if (!hs_bounds_site_of(d, t, w, cue_of, &s))
            continue;
        int32_t e = choose(d, t, m, &s, HS_BOUND_END);
        if (e != s.last) {
            w->content.frag[s.frag].end = end_after(d, &s, e);
            s.last = e;
        }
        if (s.src_first >= 0) {
            int32_t se = choose(d, t, m, &s, HS_BOUND_SRC_END);
            int32_t src_last0 = s.src_last;
            s.src_last = se;
            int32_t sb = choose(d, t, m, &s, HS_BOUND_SRC_START);
            if (sb != s.src_first)
                w->source.begin = d->toks[sb].c0;
            if (se != src_last0)
                w->source.end = d->toks[se].c1;
            w->src_tok0 = tok_from(d, w->source.begin);
            w->src_tok1 = tok_from(d, w->source.end);
        }
        if (!s.one_frag)
            continue;
        int32_t b = choose(d, t, m, &s, HS_BOUND_START);
        if (b == s.first)
            continue;
        w->content.frag[s.frag].begin = start_before(d, &s, b);
        if (w->cue_tok0 >= 0 && b > s.first && s.first == w->cue_tok1 &&
            gap_joins_cue(d, s.first, b)) {
            /* "declared [war on] the United States": the words left
             * between the cue and the content end in a preposition or
             * particle, and complete the cue */
            w->cue_tok1 = b;
            w->cue.end = d->toks[b - 1].c1;
        }
        if (w->cue_tok0 >= 0 && w->cue_tok0 < b && b < w->cue_tok1) {
            /* the content takes the cue's last words ("nominated for
             * [a Daytime Emmy]") */
            int32_t c1 = b - 1;
            while (c1 > s.cue && !hs_pk_word_tok(d, c1))
                c1--;
            w->cue_tok1 = c1 + 1;
            w->cue.end = d->toks[c1].c1;
        }
    }
    free(cue_of);
}
