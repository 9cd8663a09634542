/*
 * score.c -- the attribution scorer (see score.h), a faithful C version of
 * shared/tools/score-attributions.
 *
 * Spans are compared as sets of "units": the words (maximal \w runs) they
 * touch, or, for a span touching no word, its non-space characters.  A
 * unit set is a sorted array of int64: word i is i, character c is -1-c.
 * Unit sets are cached per article text by their exact fragment list, like
 * the reference's Text.units(), so that equal fragment lists are one item
 * and the out-of-range warning counts once per distinct list.
 *
 * Every count is a double accumulated with the same operations, in the
 * same order, as the reference's collections.Counter (products and sums in
 * separate statements, so that no compiler fuses them), so the ratios and
 * their rounding come out identical.
 */
#include "score.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ------------------------------------------------------------- the text */

/* A cached unit set and the fragment list it belongs to. */
typedef struct {
    uint64_t hash;
    hs_brat_frag *key;
    size_t nkey;
    int64_t *u;        /* sorted unit ids */
    size_t nu;
    size_t mark;       /* scratch stamp for "distinct items" */
} unit_entry;

struct hs_score_text {
    uint32_t *cps;     /* code points */
    size_t n;
    int64_t *word;     /* per character: word index, or -1 */
    size_t nwords;
    unit_entry **tab;  /* cache, open addressing */
    size_t tabcap, count;
    size_t stamp;
};

/* Decode the text strictly and number its \w+ words. */
hs_score_text *hs_score_text_new(const char *text, size_t len, hs_error *err)
{
    hs_score_text *t = calloc(1, sizeof *t);
    if (!t)
        goto nomem;
    t->cps = malloc((len ? len : 1) * sizeof *t->cps);
    if (!t->cps)
        goto nomem;
    const unsigned char *p = (const unsigned char *)text, *end = p + len;
    while (p < end) {
        uint32_t cp;
        size_t k = hs_utf8_next(p, end, &cp);
        if (cp == 0xFFFD && k == 1) {
            hs_set_error(err, HS_ERR_UTF8,
                         (size_t)(p - (const unsigned char *)text),
                         "invalid UTF-8 at byte %zu",
                         (size_t)(p - (const unsigned char *)text));
            hs_score_text_free(t);
            return NULL;
        }
        t->cps[t->n++] = cp;
        p += k;
    }
    t->word = malloc((t->n ? t->n : 1) * sizeof *t->word);
    if (!t->word)
        goto nomem;
    bool in = false;
    for (size_t i = 0; i < t->n; i++) {
        if (hs_py_isword(t->cps[i])) {
            if (!in)
                t->nwords++;
            in = true;
            t->word[i] = (int64_t)t->nwords - 1;
        } else {
            in = false;
            t->word[i] = -1;
        }
    }
    return t;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    hs_score_text_free(t);
    return NULL;
}

/* Free a text and its unit-set cache. */
void hs_score_text_free(hs_score_text *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->tabcap; i++)
        if (t->tab[i]) {
            free(t->tab[i]->key);
            free(t->tab[i]->u);
            free(t->tab[i]);
        }
    free(t->tab);
    free(t->word);
    free(t->cps);
    free(t);
}

/* Length of the text in code points. */
size_t hs_score_text_chars(const hs_score_text *t)
{
    return t->n;
}

/* ------------------------------------------------------------ the scorer */

/* Per-role span counts. */
typedef struct {
    double gold, pred, exact, partial_p, partial_r;
} role_counts;

struct hs_scorer {
    role_counts role[HS_ROLE_COUNT];
    double att_gold, att_pred, found, source_exact, source_partial,
           cue_match, content_exact, content_partial, full;
    double type_gold[HS_CT_COUNT], type_found[HS_CT_COUNT],
           type_full[HS_CT_COUNT], type_exact[HS_CT_COUNT];
    double articles;
    size_t warn[HS_SW_COUNT];
};

/* A scorer with all counts zero. */
hs_scorer *hs_scorer_new(void)
{
    return calloc(1, sizeof(hs_scorer));
}

/* Free a scorer. */
void hs_scorer_free(hs_scorer *sc)
{
    free(sc);
}

/* Add n to one warning count. */
void hs_scorer_warn(hs_scorer *sc, int w, size_t n)
{
    if (w >= 0 && w < HS_SW_COUNT)
        sc->warn[w] += n;
}

/* Add a parsed file's reader warnings under its side's names. */
void hs_scorer_count_warnings(hs_scorer *sc, const hs_brat_doc *doc,
                              hs_score_side side)
{
    int base = side == HS_SIDE_GOLD ? HS_SW_GOLD : HS_SW_PRED;
    for (int w = 0; w < HS_BRAT_W_COUNT; w++)
        sc->warn[base + w] += doc->warn[w];
}

/* The reference's text for each warning. */
const char *hs_score_warning_name(int w)
{
    static const char *const names[HS_SW_COUNT] = {
        "gold: malformed T lines",
        "gold: malformed E lines",
        "gold: E arguments pointing to unknown ids",
        "gold: unlinked Source spans (scored as their own attribution)",
        "gold: unlinked Cue spans (scored as their own attribution)",
        "gold: unlinked Content spans (scored as their own attribution)",
        "pred: malformed T lines",
        "pred: malformed E lines",
        "pred: E arguments pointing to unknown ids",
        "pred: unlinked Source spans (scored as their own attribution)",
        "pred: unlinked Cue spans (scored as their own attribution)",
        "pred: unlinked Content spans (scored as their own attribution)",
        "span offsets outside the text (clipped)",
        "articles without a prediction file (scored as empty)",
        "prediction files with no gold article (ignored)",
    };
    return w >= 0 && w < HS_SW_COUNT ? names[w] : "?";
}

/* ----------------------------------------------------------- unit sets */

/* Hash of a fragment list (the cache key). */
static uint64_t frags_hash(const hs_brat_frag *f, size_t n)
{
    uint64_t h = 1469598103934665603ull ^ n;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ f[i].begin) * 1099511628211ull;
        h = (h ^ f[i].end) * 1099511628211ull;
        h ^= h >> 29;
    }
    return h;
}

/* Double the cache table. */
static bool cache_grow(hs_score_text *t)
{
    size_t ncap = t->tabcap ? t->tabcap * 2 : 64;
    unit_entry **tab = calloc(ncap, sizeof *tab);
    if (!tab)
        return false;
    for (size_t i = 0; i < t->tabcap; i++) {
        unit_entry *e = t->tab[i];
        if (!e)
            continue;
        size_t j = (size_t)e->hash & (ncap - 1);
        while (tab[j])
            j = (j + 1) & (ncap - 1);
        tab[j] = e;
    }
    free(t->tab);
    t->tab = tab;
    t->tabcap = ncap;
    return true;
}

/* The units covered by fragments [a, b) (sorted by begin): the words any
 * character touches, or if none, the non-space characters.  Fragments
 * ending beyond the text are clipped and counted in *clipped. */
static int compute_units(const hs_score_text *t, const hs_brat_frag *f,
                         size_t nf, unit_entry *e, size_t *clipped)
{
    size_t cap = 16, nw = 0, nc = 0;
    int64_t *w = malloc(cap * sizeof *w);
    size_t capc = 16;
    int64_t *c = malloc(capc * sizeof *c);
    if (!w || !c)
        goto nomem;
    uint64_t n = t->n, pos = 0;
    for (size_t i = 0; i < nf; i++) {
        uint64_t a = f[i].begin, b = f[i].end;
        if (b > n) {
            (*clipped)++;
            b = n;
        }
        uint64_t s = a > pos ? a : pos;
        for (uint64_t ch = s; ch < b; ch++) {
            int64_t wd = t->word[ch];
            if (wd >= 0) {
                if (nw && w[nw - 1] == wd)
                    continue;
                if (nw == cap && !HS_GROW(w, cap, nw + 1))
                    goto nomem;
                w[nw++] = wd;
            } else if (!nw && !hs_py_isspace(t->cps[ch])) {
                if (nc == capc && !HS_GROW(c, capc, nc + 1))
                    goto nomem;
                c[nc++] = -1 - (int64_t)ch;
            }
        }
        if (b > pos)
            pos = b;
    }
    if (nw) {
        free(c);
        e->u = w;
        e->nu = nw;
    } else {
        free(w);
        for (size_t i = 0; i < nc / 2; i++) {   /* ascending ids */
            int64_t x = c[i];
            c[i] = c[nc - 1 - i];
            c[nc - 1 - i] = x;
        }
        e->u = c;
        e->nu = nc;
    }
    return 0;
nomem:
    free(w);
    free(c);
    return -1;
}

/* Cached unit set of a fragment list, computing it (and counting clipped
 * fragments in sc) on first use; NULL when out of memory. */
static unit_entry *units(hs_score_text *t, hs_scorer *sc,
                         const hs_brat_frag *f, size_t nf)
{
    if ((t->count + 1) * 2 > t->tabcap && !cache_grow(t))
        return NULL;
    uint64_t h = frags_hash(f, nf);
    size_t j = (size_t)h & (t->tabcap - 1);
    while (t->tab[j]) {
        unit_entry *e = t->tab[j];
        if (e->hash == h && e->nkey == nf &&
            !memcmp(e->key, f, nf * sizeof *f))
            return e;
        j = (j + 1) & (t->tabcap - 1);
    }
    unit_entry *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->hash = h;
    e->nkey = nf;
    e->key = malloc((nf ? nf : 1) * sizeof *f);
    if (!e->key) {
        free(e);
        return NULL;
    }
    if (nf)
        memcpy(e->key, f, nf * sizeof *f);
    size_t clipped = 0;
    if (compute_units(t, f, nf, e, &clipped)) {
        free(e->key);
        free(e);
        return NULL;
    }
    sc->warn[HS_SW_CLIPPED] += clipped;
    t->tab[j] = e;
    t->count++;
    return e;
}

/* |a & b| of two sorted unit arrays (NULL = empty). */
static size_t inter_size(const unit_entry *a, const unit_entry *b)
{
    if (!a || !b)
        return 0;
    size_t i = 0, j = 0, k = 0;
    while (i < a->nu && j < b->nu) {
        if (a->u[i] < b->u[j])
            i++;
        else if (a->u[i] > b->u[j])
            j++;
        else {
            k++;
            i++;
            j++;
        }
    }
    return k;
}

/* Size of a unit set (NULL = empty). */
static size_t usize(const unit_entry *a)
{
    return a ? a->nu : 0;
}

/* Whether two unit sets are equal (NULL = empty). */
static bool uequal(const unit_entry *a, const unit_entry *b)
{
    size_t na = usize(a), nb = usize(b);
    if (na != nb)
        return false;
    return !na || !memcmp(a->u, b->u, na * sizeof *a->u);
}

/* Lexicographic order of unit sets, for counting equal ones. */
static int ucmp(const void *x, const void *y)
{
    const unit_entry *a = *(unit_entry *const *)x;
    const unit_entry *b = *(unit_entry *const *)y;
    size_t n = a->nu < b->nu ? a->nu : b->nu;
    for (size_t i = 0; i < n; i++)
        if (a->u[i] != b->u[i])
            return a->u[i] < b->u[i] ? -1 : 1;
    return a->nu < b->nu ? -1 : a->nu > b->nu;
}

/* Ratio |a & b| / max(|a|, |b|) as the reference computes it. */
static double ratio(const unit_entry *a, const unit_entry *b)
{
    size_t na = usize(a), nb = usize(b);
    if (!na && !nb)
        return 1.0;
    return (double)inter_size(a, b) / (double)(na > nb ? na : nb);
}

/* ---------------------------------------------------------- candidates */

/* A pair of a gold and a predicted item sharing units. */
typedef struct {
    size_t gi, pi, ov;
    double sum;          /* span level: ov/|g| + ov/|p| */
    size_t cue, src;     /* attribution level: cue and source overlaps */
} cand;

/* Every (gi, pi, |overlap|) with a shared unit, via an index from unit to
 * gold items (the reference's overlap_candidates).  Returns 0 or -1. */
static int overlap_cands(const hs_score_text *t, unit_entry *const *gs,
                         size_t ng, unit_entry *const *ps, size_t np,
                         cand **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    if (!ng || !np)
        return 0;
    size_t range = t->n + t->nwords + 1;   /* unit u -> slot u + n */
    size_t *start = calloc(range + 1, sizeof *start);
    size_t total = 0;
    for (size_t g = 0; g < ng; g++)
        total += gs[g]->nu;
    size_t *list = malloc((total ? total : 1) * sizeof *list);
    size_t *cnt = calloc(ng, sizeof *cnt);
    size_t *touched = malloc(ng * sizeof *touched);
    size_t capout = 0;
    cand *res = NULL;
    if (!start || !list || !cnt || !touched)
        goto nomem;
    for (size_t g = 0; g < ng; g++)
        for (size_t i = 0; i < gs[g]->nu; i++)
            start[(size_t)(gs[g]->u[i] + (int64_t)t->n) + 1]++;
    for (size_t s = 0; s < range; s++)
        start[s + 1] += start[s];
    {
        size_t *fill = malloc((range ? range : 1) * sizeof *fill);
        if (!fill)
            goto nomem;
        memcpy(fill, start, range * sizeof *fill);
        for (size_t g = 0; g < ng; g++)
            for (size_t i = 0; i < gs[g]->nu; i++)
                list[fill[(size_t)(gs[g]->u[i] + (int64_t)t->n)]++] = g;
        free(fill);
    }
    for (size_t p = 0; p < np; p++) {
        size_t nt = 0;
        for (size_t i = 0; i < ps[p]->nu; i++) {
            size_t s = (size_t)(ps[p]->u[i] + (int64_t)t->n);
            for (size_t k = start[s]; k < start[s + 1]; k++) {
                size_t g = list[k];
                if (!cnt[g]++)
                    touched[nt++] = g;
            }
        }
        for (size_t k = 0; k < nt; k++) {
            size_t g = touched[k];
            if (!HS_GROW(res, capout, *nout + 1))
                goto nomem;
            cand *c = &res[(*nout)++];
            memset(c, 0, sizeof *c);
            c->gi = g;
            c->pi = p;
            c->ov = cnt[g];
            cnt[g] = 0;
        }
    }
    free(start);
    free(list);
    free(cnt);
    free(touched);
    *out = res;
    return 0;
nomem:
    free(start);
    free(list);
    free(cnt);
    free(touched);
    free(res);
    *nout = 0;
    return -1;
}

/* Span-level order: larger overlap, then larger ov/|g| + ov/|p|, then gold
 * index, then prediction index. */
static int cand_cmp_span(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->ov != b->ov)
        return a->ov > b->ov ? -1 : 1;
    if (a->sum != b->sum)
        return a->sum > b->sum ? -1 : 1;
    if (a->gi != b->gi)
        return a->gi < b->gi ? -1 : 1;
    return a->pi < b->pi ? -1 : a->pi > b->pi;
}

/* Attribution-level order: larger content, cue, source overlap, then gold
 * index, then prediction index. */
static int cand_cmp_att(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->ov != b->ov)
        return a->ov > b->ov ? -1 : 1;
    if (a->cue != b->cue)
        return a->cue > b->cue ? -1 : 1;
    if (a->src != b->src)
        return a->src > b->src ? -1 : 1;
    if (a->gi != b->gi)
        return a->gi < b->gi ? -1 : 1;
    return a->pi < b->pi ? -1 : a->pi > b->pi;
}

/* Greedy one-to-one selection over sorted candidates: keeps a pair when
 * neither side is used; the kept pairs are moved to the front, in order.
 * Returns their number, or (size_t)-1 when out of memory. */
static size_t greedy(cand *c, size_t nc, size_t ng, size_t np)
{
    bool *ug = calloc(ng ? ng : 1, 1), *up = calloc(np ? np : 1, 1);
    if (!ug || !up) {
        free(ug);
        free(up);
        return (size_t)-1;
    }
    size_t k = 0;
    for (size_t i = 0; i < nc; i++) {
        if (ug[c[i].gi] || up[c[i].pi])
            continue;
        ug[c[i].gi] = up[c[i].pi] = true;
        c[k++] = c[i];
    }
    free(ug);
    free(up);
    return k;
}

/* acc += a * b, rounding the product first as Python does. */
static void add_prod(double *acc, double a, double b)
{
    volatile double p = a * b;
    *acc += p;
}

/* ------------------------------------------------------- content types */

/* Whether the content-type edge stripping removes cp. */
static bool is_edge(uint32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '\r': case '\n': case 0xA0: case ',':
    case '.': case ';': case ':': case '!': case '?': case 0x2026:
    case '-': case 0x2013: case 0x2014:
        return true;
    default:
        return false;
    }
}

/* Double quotation marks of the content-type rules. */
static bool is_dquote(uint32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0xAB ||
           cp == 0xBB || cp == 0x201E || cp == 0x201F;
}

/* Single quotation marks of the content-type rules. */
static bool is_squote(uint32_t cp)
{
    return cp == 0x2018 || cp == 0x2019;
}

/* The fragments' texts joined with single spaces, read by index without
 * building the string (fragments may overlap many times). */
typedef struct {
    const hs_score_text *t;
    const hs_brat_frag *f;
    size_t nf;
    size_t *start;     /* joined index where fragment i's text starts */
    size_t len;
} joined;

/* Text slice bounds of fragment i, as Python's text[a:b]. */
static void slice_of(const joined *j, size_t i, size_t *a, size_t *b)
{
    uint64_t n = j->t->n;
    uint64_t x = j->f[i].begin < n ? j->f[i].begin : n;
    uint64_t y = j->f[i].end < n ? j->f[i].end : n;
    *a = (size_t)x;
    *b = (size_t)(y > x ? y : x);
}

/* Character at joined index k < len. */
static uint32_t joined_at(const joined *j, size_t k)
{
    size_t lo = 0, hi = j->nf;   /* last i with start[i] <= k */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (j->start[mid] <= k)
            lo = mid;
        else
            hi = mid;
    }
    size_t a, b;
    slice_of(j, lo, &a, &b);
    size_t off = k - j->start[lo];
    return off < b - a ? j->t->cps[a + off] : ' ';
}

/* The reference's content_type() on the joined, stripped text. */
hs_content_type hs_score_content_type(const hs_score_text *t,
                                      const hs_brat_frag *f, size_t n)
{
    size_t stackbuf[16];
    joined j = { t, f, n, stackbuf, 0 };
    if (n > 16 && !(j.start = malloc(n * sizeof *j.start)))
        return HS_CT_INDIRECT;   /* out of memory: cannot tell */
    for (size_t i = 0; i < n; i++) {
        size_t a, b;
        slice_of(&j, i, &a, &b);
        j.start[i] = j.len;
        j.len += b - a + (i + 1 < n);
    }
    hs_content_type res = HS_CT_INDIRECT;
    size_t lo = 0, hi = j.len;
    while (lo < hi && is_edge(joined_at(&j, lo)))
        lo++;
    while (hi > lo && is_edge(joined_at(&j, hi - 1)))
        hi--;
    size_t m = hi - lo;
    if (m >= 2) {
        uint32_t c0 = joined_at(&j, lo), c1 = joined_at(&j, hi - 1);
        if ((is_dquote(c0) || is_squote(c0)) &&
            (is_dquote(c1) || is_squote(c1))) {
            res = HS_CT_DIRECT;
            goto out;
        }
    }
    for (size_t i = 0; i < m; i++) {
        uint32_t ch = joined_at(&j, lo + i);
        if (is_dquote(ch)) {
            res = HS_CT_MIXED;
            goto out;
        }
        if (!is_squote(ch))
            continue;
        bool prev = i > 0 && hs_py_isalnum(joined_at(&j, lo + i - 1));
        bool next = i + 1 < m && hs_py_isalnum(joined_at(&j, lo + i + 1));
        if (prev && next)
            continue;              /* apostrophe: O'Malley, it's */
        if (ch == 0x2018 || i == 0 || i == m - 1) {
            res = HS_CT_MIXED;
            goto out;
        }
        /* a lone right single quote after a word: an apostrophe */
    }
out:
    if (j.start != stackbuf)
        free(j.start);
    return res;
}

/* ------------------------------------------------------------- scoring */

/* The distinct fragment lists of `role` in doc, in first-seen order, as
 * unit entries with a non-empty unit set.  Returns the count, or
 * (size_t)-1 when out of memory. */
static size_t role_items(hs_score_text *t, hs_scorer *sc,
                         const hs_brat_doc *doc, int role, unit_entry ***out)
{
    unit_entry **items = malloc((doc->nattrs ? doc->nattrs : 1) *
                                sizeof *items);
    if (!items)
        return (size_t)-1;
    size_t stamp = ++t->stamp;
    size_t k = 0;
    for (size_t i = 0; i < doc->nattrs; i++) {
        const hs_brat_attr *a = &doc->attrs[i];
        if (!a->n[role])
            continue;
        unit_entry *e = units(t, sc, a->frag[role], a->n[role]);
        if (!e) {
            free(items);
            return (size_t)-1;
        }
        if (e->mark == stamp)
            continue;
        e->mark = stamp;
        items[k++] = e;   /* units of every item computed, as reference */
    }
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        if (items[i]->nu)
            items[m++] = items[i];
    *out = items;
    return m;
}

/* Number of equal unit sets between two lists, one-to-one (a multiset
 * intersection).  Returns (size_t)-1 when out of memory. */
static size_t multiset_common(unit_entry *const *gs, size_t ng,
                              unit_entry *const *ps, size_t np)
{
    unit_entry **a = malloc((ng ? ng : 1) * sizeof *a);
    unit_entry **b = malloc((np ? np : 1) * sizeof *b);
    if (!a || !b) {
        free(a);
        free(b);
        return (size_t)-1;
    }
    if (ng)
        memcpy(a, gs, ng * sizeof *a);
    if (np)
        memcpy(b, ps, np * sizeof *b);
    qsort(a, ng, sizeof *a, ucmp);
    qsort(b, np, sizeof *b, ucmp);
    size_t i = 0, j = 0, k = 0;
    while (i < ng && j < np) {
        int c = ucmp(&a[i], &b[j]);
        if (c < 0)
            i++;
        else if (c > 0)
            j++;
        else {
            k++;
            i++;
            j++;
        }
    }
    free(a);
    free(b);
    return k;
}

/* Span-level counts of one role. */
static int score_role(hs_scorer *sc, hs_score_text *t, const hs_brat_doc *gold,
                      const hs_brat_doc *pred, int role, double w)
{
    unit_entry **gs = NULL, **ps = NULL;
    cand *c = NULL;
    size_t nc = 0;
    int rc = -1;
    size_t ng = role_items(t, sc, gold, role, &gs);
    if (ng == (size_t)-1)
        return -1;
    size_t np = role_items(t, sc, pred, role, &ps);
    if (np == (size_t)-1)
        goto out;
    role_counts *rcn = &sc->role[role];
    add_prod(&rcn->gold, w, (double)ng);
    add_prod(&rcn->pred, w, (double)np);
    size_t exact = multiset_common(gs, ng, ps, np);
    if (exact == (size_t)-1)
        goto out;
    add_prod(&rcn->exact, w, (double)exact);
    if (overlap_cands(t, gs, ng, ps, np, &c, &nc))
        goto out;
    for (size_t i = 0; i < nc; i++) {
        double a = (double)c[i].ov / (double)gs[c[i].gi]->nu;
        double b = (double)c[i].ov / (double)ps[c[i].pi]->nu;
        c[i].sum = a + b;
    }
    if (nc > 1)
        qsort(c, nc, sizeof *c, cand_cmp_span);
    size_t k = greedy(c, nc, ng, np);
    if (k == (size_t)-1)
        goto out;
    for (size_t i = 0; i < k; i++) {
        volatile double x = w * (double)c[i].ov;
        volatile double q = x / (double)ps[c[i].pi]->nu;
        rcn->partial_p += q;
        q = x / (double)gs[c[i].gi]->nu;
        rcn->partial_r += q;
    }
    rc = 0;
out:
    free(gs);
    free(ps);
    free(c);
    return rc;
}

/* An attribution prepared for pairing: unit sets per role (NULL = empty)
 * and the content type. */
typedef struct {
    unit_entry *u[HS_ROLE_COUNT];
    hs_content_type type;
    size_t idx;                 /* index in the brat doc's attrs */
} prepped;

/* The attributions of doc that have a non-empty content.  Returns their
 * number, or (size_t)-1 when out of memory. */
static size_t prep(hs_score_text *t, hs_scorer *sc, const hs_brat_doc *doc,
                   prepped **out)
{
    prepped *v = malloc((doc->nattrs ? doc->nattrs : 1) * sizeof *v);
    if (!v)
        return (size_t)-1;
    size_t k = 0;
    for (size_t i = 0; i < doc->nattrs; i++) {
        const hs_brat_attr *a = &doc->attrs[i];
        if (!a->n[HS_ROLE_CONTENT])
            continue;
        prepped p;
        for (int r = 0; r < HS_ROLE_COUNT; r++) {
            p.u[r] = NULL;
            if (a->n[r] && !(p.u[r] = units(t, sc, a->frag[r], a->n[r]))) {
                free(v);
                return (size_t)-1;
            }
        }
        if (!p.u[HS_ROLE_CONTENT]->nu)
            continue;
        if (p.u[HS_ROLE_SOURCE] && !p.u[HS_ROLE_SOURCE]->nu)
            p.u[HS_ROLE_SOURCE] = NULL;
        if (p.u[HS_ROLE_CUE] && !p.u[HS_ROLE_CUE]->nu)
            p.u[HS_ROLE_CUE] = NULL;
        p.type = hs_score_content_type(t, a->frag[HS_ROLE_CONTENT],
                                       a->n[HS_ROLE_CONTENT]);
        p.idx = i;
        v[k++] = p;
    }
    *out = v;
    return k;
}

/* Attribution-level counts of one article; with outcome (one entry per
 * pred->attrs) also what became of each prediction (HS_OUTCOME_*). */
static int score_attributions(hs_scorer *sc, hs_score_text *t,
                              const hs_brat_doc *gold,
                              const hs_brat_doc *pred, double w,
                              uint8_t *outcome)
{
    prepped *G = NULL, *P = NULL;
    unit_entry **gc = NULL, **pc = NULL;
    cand *c = NULL;
    size_t nc = 0;
    int rc = -1;
    size_t ng = prep(t, sc, gold, &G);
    if (ng == (size_t)-1)
        return -1;
    size_t np = prep(t, sc, pred, &P);
    if (np == (size_t)-1)
        goto out;
    add_prod(&sc->att_gold, w, (double)ng);
    add_prod(&sc->att_pred, w, (double)np);
    for (size_t i = 0; i < ng; i++)
        sc->type_gold[G[i].type] += w;
    gc = malloc((ng ? ng : 1) * sizeof *gc);
    pc = malloc((np ? np : 1) * sizeof *pc);
    if (!gc || !pc)
        goto out;
    for (size_t i = 0; i < ng; i++)
        gc[i] = G[i].u[HS_ROLE_CONTENT];
    for (size_t i = 0; i < np; i++)
        pc[i] = P[i].u[HS_ROLE_CONTENT];
    if (overlap_cands(t, gc, ng, pc, np, &c, &nc))
        goto out;
    for (size_t i = 0; i < nc; i++) {
        c[i].cue = inter_size(G[c[i].gi].u[HS_ROLE_CUE],
                              P[c[i].pi].u[HS_ROLE_CUE]);
        c[i].src = inter_size(G[c[i].gi].u[HS_ROLE_SOURCE],
                              P[c[i].pi].u[HS_ROLE_SOURCE]);
    }
    if (nc > 1)
        qsort(c, nc, sizeof *c, cand_cmp_att);
    size_t k = greedy(c, nc, ng, np);
    if (k == (size_t)-1)
        goto out;
    for (size_t i = 0; i < k; i++) {
        const prepped *g = &G[c[i].gi], *p = &P[c[i].pi];
        const unit_entry *gs = g->u[HS_ROLE_SOURCE], *ps = p->u[HS_ROLE_SOURCE];
        const unit_entry *gq = g->u[HS_ROLE_CUE], *pq = p->u[HS_ROLE_CUE];
        bool src_exact = uequal(gs, ps);
        bool src_part = (!gs && !ps) || (gs && ps && ratio(gs, ps) >= 0.5);
        bool cue_ok = (!gq && !pq) || inter_size(gq, pq) >= 1;
        bool cont_exact = uequal(g->u[HS_ROLE_CONTENT], p->u[HS_ROLE_CONTENT]);
        bool cont_part = ratio(g->u[HS_ROLE_CONTENT],
                               p->u[HS_ROLE_CONTENT]) >= 0.5;
        bool full = cont_part && src_part && cue_ok;
        if (outcome)
            outcome[p->idx] = full ? HS_OUTCOME_FULLY_CORRECT : HS_OUTCOME_FOUND;
        sc->found += w;
        add_prod(&sc->source_exact, w, src_exact);
        add_prod(&sc->source_partial, w, src_part);
        add_prod(&sc->cue_match, w, cue_ok);
        add_prod(&sc->content_exact, w, cont_exact);
        add_prod(&sc->content_partial, w, cont_part);
        add_prod(&sc->full, w, full);
        sc->type_found[g->type] += w;
        add_prod(&sc->type_full[g->type], w, full);
        add_prod(&sc->type_exact[g->type], w, cont_exact);
    }
    rc = 0;
out:
    free(G);
    free(P);
    free(gc);
    free(pc);
    free(c);
    return rc;
}

/* Score one gold file against the prediction (Accumulator.add). */
int hs_scorer_add(hs_scorer *sc, hs_score_text *t, const hs_brat_doc *gold,
                  const hs_brat_doc *pred, double weight, hs_error *err)
{
    for (int r = 0; r < HS_ROLE_COUNT; r++)
        if (score_role(sc, t, gold, pred, r, weight))
            goto nomem;
    if (score_attributions(sc, t, gold, pred, weight, NULL))
        goto nomem;
    sc->articles += weight;
    return 0;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    return -1;
}

int hs_score_outcomes(hs_score_text *t, const hs_brat_doc *gold,
                      const hs_brat_doc *pred, uint8_t *outcome,
                      hs_error *err)
{
    memset(outcome, HS_OUTCOME_MISSED, pred->nattrs);
    hs_scorer *sc = hs_scorer_new();
    int rc = sc ? score_attributions(sc, t, gold, pred, 1.0, outcome) : -1;
    hs_scorer_free(sc);
    if (rc)
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    return rc;
}

/* -------------------------------------------------------------- report */

double hs_score_round4(double x)
{
    char buf[400];
    if (!isfinite(x) || fabs(x) >= 1e17)
        return x;
    snprintf(buf, sizeof buf, "%.4f", x);
    return strtod(buf, NULL);
}

/* The reference's prf(): zero denominators give 1.0 when both counts are
 * zero, else 0.0. */
static hs_prf prf(double m_p, double n_p, double m_r, double n_r)
{
    hs_prf x;
    if (n_p != 0)
        x.p = m_p / n_p;
    else
        x.p = n_r == 0 ? 1.0 : 0.0;
    if (n_r != 0)
        x.r = m_r / n_r;
    else
        x.r = n_p == 0 ? 1.0 : 0.0;
    if (x.p + x.r != 0) {
        volatile double num = 2 * x.p;
        num = num * x.r;
        x.f1 = num / (x.p + x.r);
    } else {
        x.f1 = 0.0;
    }
    return x;
}

/* The reference's share(). */
static double share(double m, double n, double n_gold, double n_pred)
{
    if (n != 0)
        return m / n;
    return n_gold == 0 && n_pred == 0 ? 1.0 : 0.0;
}

/* Ratios and rounded counts from the sums (Accumulator.result). */
void hs_scorer_report(const hs_scorer *sc, hs_score_report *rep)
{
    memset(rep, 0, sizeof *rep);
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        const role_counts *c = &sc->role[r];
        rep->spans[r].gold = hs_score_round4(c->gold);
        rep->spans[r].pred = hs_score_round4(c->pred);
        rep->spans[r].exact_matches = hs_score_round4(c->exact);
        rep->spans[r].exact = prf(c->exact, c->pred, c->exact, c->gold);
        rep->spans[r].partial = prf(c->partial_p, c->pred, c->partial_r,
                                    c->gold);
    }
    double ng = sc->att_gold, np = sc->att_pred, nf = sc->found;
    rep->att.gold = hs_score_round4(ng);
    rep->att.pred = hs_score_round4(np);
    rep->att.found = hs_score_round4(nf);
    rep->att.found_prf = prf(nf, np, nf, ng);
    rep->att.fully_correct_prf = prf(sc->full, np, sc->full, ng);
    rep->att.source_exact_share = share(sc->source_exact, nf, ng, np);
    rep->att.source_partial_share = share(sc->source_partial, nf, ng, np);
    rep->att.cue_match_share = share(sc->cue_match, nf, ng, np);
    rep->att.content_exact_share = share(sc->content_exact, nf, ng, np);
    rep->att.content_partial_share = share(sc->content_partial, nf, ng, np);
    rep->att.fully_correct_share = share(sc->full, nf, ng, np);
    rep->att.fully_correct = hs_score_round4(sc->full);
    for (int k = 0; k < HS_CT_COUNT; k++) {
        double n = sc->type_gold[k];
        rep->type[k].gold = hs_score_round4(n);
        rep->type[k].found_recall = n != 0 ? sc->type_found[k] / n : NAN;
        rep->type[k].fully_correct_recall = n != 0 ? sc->type_full[k] / n
                                                   : NAN;
        rep->type[k].content_exact_recall = n != 0 ? sc->type_exact[k] / n
                                                   : NAN;
    }
    rep->articles = hs_score_round4(sc->articles);
    memcpy(rep->warn, sc->warn, sizeof rep->warn);
    rep->mode = "first-annotator";
}

/* Python's repr() of a finite float: the shortest digits that read back
 * exactly, in fixed notation unless the exponent is < -4 or >= 16. */
static void py_repr(double x, char *out, size_t size)
{
    char buf[64], digits[32];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf: [-]d.ddde[+-]XX */
    const char *p = buf;
    bool neg = *p == '-';
    if (neg)
        p++;
    size_t nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[nd++] = *p;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    int e10 = atoi(p + 1);          /* x = d.ddd * 10^e10 */
    int decpt = e10 + 1;            /* x = 0.dddd * 10^decpt */
    char *o = out;
    size_t left = size;
#define PUT(...)                                                          \
    do {                                                                  \
        int w_ = snprintf(o, left, __VA_ARGS__);                          \
        if (w_ < 0 || (size_t)w_ >= left)                                 \
            return;                                                       \
        o += w_;                                                          \
        left -= (size_t)w_;                                               \
    } while (0)
    if (neg)
        PUT("-");
    if (decpt <= -4 || decpt > 16) {
        PUT("%c", digits[0]);
        if (nd > 1)
            PUT(".%s", digits + 1);
        PUT("e%c%02d", e10 < 0 ? '-' : '+', e10 < 0 ? -e10 : e10);
    } else if (decpt <= 0) {
        PUT("0.");
        for (int i = 0; i < -decpt; i++)
            PUT("0");
        PUT("%s", digits);
    } else if ((size_t)decpt >= nd) {
        PUT("%s", digits);
        for (size_t i = nd; i < (size_t)decpt; i++)
            PUT("0");
        PUT(".0");
    } else {
        PUT("%.*s.%s", decpt, digits, digits + decpt);
    }
#undef PUT
}

/* str() of a rounded count: an int when integral, else the float repr. */
static void fmt_count(double x, char *out, size_t size)
{
    if (isfinite(x) && x == floor(x))
        snprintf(out, size, "%.0f", x);
    else
        py_repr(x, out, size);
}

/* The reference's fmt(): percentage with one decimal, or "  n/a". */
static const char *fmt_pct(double x, char *buf, size_t size)
{
    if (isnan(x))
        snprintf(buf, size, "  n/a");
    else
        snprintf(buf, size, "%5.1f", 100 * x);
    return buf;
}

/* Order of warning indexes by name, for printing. */
static int warn_name_cmp(const void *x, const void *y)
{
    return strcmp(hs_score_warning_name(*(const int *)x),
                  hs_score_warning_name(*(const int *)y));
}

/* The reference's print_table(), same layout and rounding. */
int hs_score_report_print(const hs_score_report *rep, FILE *out)
{
    char a[64], b[64], c[64], d[32], e[32], f[32], g[32], h[32], k[32];
    fmt_count(rep->articles, a, sizeof a);
    fprintf(out, "articles scored: %s   mode: %s   gold files: %zu\n\n", a,
            rep->mode ? rep->mode : "first-annotator", rep->gold_files);
    fprintf(out, "SPAN LEVEL (%%, word sets)  %8s %8s | %-17s | %-17s\n",
            "gold", "pred", "exact  P   R   F1", "partial P  R   F1");
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        const hs_prf *x = &rep->spans[r].exact, *y = &rep->spans[r].partial;
        fmt_count(rep->spans[r].gold, a, sizeof a);
        fmt_count(rep->spans[r].pred, b, sizeof b);
        fprintf(out, "  %-24s %8s %8s | %s %s %s | %s %s %s\n",
                hs_role_name((hs_role)r), a, b, fmt_pct(x->p, d, sizeof d),
                fmt_pct(x->r, e, sizeof e), fmt_pct(x->f1, f, sizeof f),
                fmt_pct(y->p, g, sizeof g), fmt_pct(y->r, h, sizeof h),
                fmt_pct(y->f1, k, sizeof k));
    }
    fprintf(out, "\nATTRIBUTION LEVEL (%%)      %8s %8s %8s |     P     R"
                 "    F1\n", "gold", "pred", "count");
    fmt_count(rep->att.gold, a, sizeof a);
    fmt_count(rep->att.pred, b, sizeof b);
    fmt_count(rep->att.found, c, sizeof c);
    fprintf(out, "  %-24s %8s %8s %8s | %s %s %s\n",
            "found (content >= 1 word)", a, b, c,
            fmt_pct(rep->att.found_prf.p, d, sizeof d),
            fmt_pct(rep->att.found_prf.r, e, sizeof e),
            fmt_pct(rep->att.found_prf.f1, f, sizeof f));
    fmt_count(rep->att.fully_correct, c, sizeof c);
    fprintf(out, "  %-24s %8s %8s %8s | %s %s %s\n", "fully correct", "",
            "", c, fmt_pct(rep->att.fully_correct_prf.p, d, sizeof d),
            fmt_pct(rep->att.fully_correct_prf.r, e, sizeof e),
            fmt_pct(rep->att.fully_correct_prf.f1, f, sizeof f));
    fprintf(out, "  share of found pairs with:\n");
    const struct { const char *label; double v; } shares[] = {
        { "source exact word set", rep->att.source_exact_share },
        { "source overlap >= 0.5", rep->att.source_partial_share },
        { "cue overlap >= 1 word", rep->att.cue_match_share },
        { "content exact word set", rep->att.content_exact_share },
        { "content overlap >= 0.5", rep->att.content_partial_share },
        { "all of: fully correct", rep->att.fully_correct_share },
    };
    for (size_t i = 0; i < sizeof shares / sizeof shares[0]; i++)
        fprintf(out, "    %-32s %s\n", shares[i].label,
                fmt_pct(shares[i].v, d, sizeof d));
    fprintf(out, "\nRECALL BY GOLD CONTENT TYPE (%%)   gold | found  "
                 "fully-correct  content-exact\n");
    static const char *const tnames[HS_CT_COUNT] = {
        "direct", "mixed", "indirect"
    };
    for (int t = 0; t < HS_CT_COUNT; t++) {
        fmt_count(rep->type[t].gold, a, sizeof a);
        fprintf(out, "  %-24s %8s | %s          %s          %s\n", tnames[t],
                a, fmt_pct(rep->type[t].found_recall, d, sizeof d),
                fmt_pct(rep->type[t].fully_correct_recall, e, sizeof e),
                fmt_pct(rep->type[t].content_exact_recall, f, sizeof f));
    }
    int order[HS_SW_COUNT], n = 0;
    for (int w = 0; w < HS_SW_COUNT; w++)
        if (rep->warn[w])
            order[n++] = w;
    if (n) {
        qsort(order, (size_t)n, sizeof *order, warn_name_cmp);
        fprintf(out, "\nwarnings:\n");
        for (int i = 0; i < n; i++)
            fprintf(out, "  %s: %zu\n", hs_score_warning_name(order[i]),
                    rep->warn[order[i]]);
    }
    return ferror(out) ? -1 : 0;
}

/* A rounded count as JSON: an integer when integral (as the reference's
 * rnd() returns an int), else a real. */
static json_t *jcount(double x)
{
    if (isfinite(x) && x == floor(x) && fabs(x) < 9e15)
        return json_integer((json_int_t)x);
    return json_real(x);
}

/* A ratio as JSON: a real, or null for NaN (the reference's None). */
static json_t *jratio(double x)
{
    return isnan(x) ? json_null() : json_real(x);
}

/* {"p": .., "r": .., "f1": ..} */
static json_t *jprf(const hs_prf *x)
{
    return json_pack("{s:o,s:o,s:o}", "p", jratio(x->p), "r", jratio(x->r),
                     "f1", jratio(x->f1));
}

/* The reference's JSON object (reals printed with 17 digits by
 * jansson; the same doubles as Python's shortest repr). */
int hs_score_report_json(const hs_score_report *rep, FILE *out, hs_error *err)
{
    json_t *root = json_object(), *spans = json_object();
    json_t *types = json_object(), *warns = json_object();
    json_t *att = NULL;
    int rc = -1;
    if (!root || !spans || !types || !warns)
        goto nomem;
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        json_t *o = json_pack(
            "{s:o,s:o,s:o,s:o,s:o}", "gold", jcount(rep->spans[r].gold),
            "pred", jcount(rep->spans[r].pred), "exact_matches",
            jcount(rep->spans[r].exact_matches), "exact",
            jprf(&rep->spans[r].exact), "partial",
            jprf(&rep->spans[r].partial));
        if (!o || json_object_set_new(spans, hs_role_name((hs_role)r), o))
            goto nomem;
    }
    att = json_pack(
        "{s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}",
        "gold", jcount(rep->att.gold), "pred", jcount(rep->att.pred),
        "found", jcount(rep->att.found),
        "found_prf", jprf(&rep->att.found_prf),
        "source_exact_share", jratio(rep->att.source_exact_share),
        "source_partial_share", jratio(rep->att.source_partial_share),
        "cue_match_share", jratio(rep->att.cue_match_share),
        "content_exact_share", jratio(rep->att.content_exact_share),
        "content_partial_share", jratio(rep->att.content_partial_share),
        "fully_correct_share", jratio(rep->att.fully_correct_share),
        "fully_correct", jcount(rep->att.fully_correct),
        "fully_correct_prf", jprf(&rep->att.fully_correct_prf));
    if (!att)
        goto nomem;
    static const char *const tnames[HS_CT_COUNT] = {
        "direct", "mixed", "indirect"
    };
    for (int t = 0; t < HS_CT_COUNT; t++) {
        json_t *o = json_pack(
            "{s:o,s:o,s:o,s:o}", "gold", jcount(rep->type[t].gold),
            "found_recall", jratio(rep->type[t].found_recall),
            "fully_correct_recall", jratio(rep->type[t].fully_correct_recall),
            "content_exact_recall",
            jratio(rep->type[t].content_exact_recall));
        if (!o || json_object_set_new(types, tnames[t], o))
            goto nomem;
    }
    for (int w = 0; w < HS_SW_COUNT; w++)
        if (rep->warn[w] &&
            json_object_set_new(warns, hs_score_warning_name(w),
                                json_integer((json_int_t)rep->warn[w])))
            goto nomem;
    /* json_object_set_new takes the value even when it fails */
    json_t *parts[4] = { spans, att, types, warns };
    static const char *const keys[4] = {
        "spans", "attributions", "recall_by_content_type", "warnings"
    };
    spans = att = types = warns = NULL;
    bool failed = false;
    for (int i = 0; i < 4; i++)
        if (json_object_set_new(root, keys[i], parts[i]))
            failed = true;
    if (failed)
        goto nomem;
    if (json_object_set_new(root, "articles", jcount(rep->articles)) ||
        json_object_set_new(root, "mode", json_string(
            rep->mode ? rep->mode : "first-annotator")) ||
        json_object_set_new(root, "gold_files",
                            json_integer((json_int_t)rep->gold_files)))
        goto nomem;
    if (json_dumpf(root, out, JSON_SORT_KEYS) || fputc('\n', out) == EOF) {
        hs_set_error(err, HS_ERR_IO, 0, "cannot write the report");
        goto out;
    }
    rc = 0;
    goto out;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
out:
    json_decref(root);
    json_decref(spans);
    json_decref(att);
    json_decref(types);
    json_decref(warns);
    return rc;
}
