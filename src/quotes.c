/*
 * quotes.c -- stage: quotation marks -> quotation spans.
 *
 * Marks are paired with a stack, one family at a time: double (" “ ” „),
 * single (' ‘ ’) and guillemets (« »).  A closer pops back to the nearest
 * open quote of its family, so mixed families nest ("‘…’" inside "“…”").
 * The curly glyphs say which way they face; straight marks are decided
 * from their surroundings (a mark glued to the word after it opens, one
 * glued to the word before it closes).  A ’ or ' inside or after a word is
 * an apostrophe unless a single quote is open.
 *
 * A quotation still open at the end of a paragraph continues when the next
 * paragraph starts with an opening mark of the same family (the
 * multi-paragraph convention: every paragraph reopens, only the last
 * closes); otherwise it is recorded as unclosed and later stages ignore it.
 * Stray closers are ignored.  Work is linear: each mark is pushed and popped
 * once, and nesting depth is computed with a prefix sum.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { FAM_NONE, FAM_DOUBLE, FAM_SINGLE, FAM_GUILLEMET };

typedef struct {
    uint32_t tok;      /* opening mark */
    uint8_t fam;
    int32_t continues; /* opening token of the quote this continues, -1 */
} open_mark;

static int family(uint8_t q)
{
    switch (q) {
    case HS_Q_DOUBLE_STRAIGHT: case HS_Q_DOUBLE_OPEN: case HS_Q_DOUBLE_CLOSE:
        return FAM_DOUBLE;
    case HS_Q_SINGLE_STRAIGHT: case HS_Q_SINGLE_OPEN: case HS_Q_SINGLE_CLOSE:
        return FAM_SINGLE;
    case HS_Q_GUILLEMET_OPEN: case HS_Q_GUILLEMET_CLOSE:
        return FAM_GUILLEMET;
    default:
        return FAM_NONE;
    }
}

/* Is a word (not punctuation, not a paragraph break) glued to the right of
 * token i? */
static bool glued_right(const hs_doc *d, size_t i)
{
    if (i + 1 >= d->ntoks)
        return false;
    const hs_token *n = &d->toks[i + 1];
    return !(n->flags & (HS_TF_SPACE_BEFORE | HS_TF_PARA_START)) &&
           (!(n->flags & HS_TF_PUNCT) || (n->flags & HS_TF_QUOTE));
}

/* Is token i glued to what precedes it (no space, same paragraph)? */
static bool glued_left(const hs_doc *d, size_t i)
{
    const hs_token *t = &d->toks[i];
    return i > 0 && !(t->flags & (HS_TF_SPACE_BEFORE | HS_TF_PARA_START));
}

/* Position of the innermost open mark of family fam on the stack, or -1. */
static long find_open(const open_mark *st, size_t n, int fam)
{
    for (size_t k = n; k-- > 0;)
        if (st[k].fam == fam)
            return (long)k;
    return -1;
}

/* Record a quotation from open mark `o` to token `close` inclusive. */
static int add_quote(hs_doc *d, const open_mark *o, uint32_t close,
                     bool closed, hs_error *err)
{
    if (!HS_GROW(d->quotes, d->capquotes, d->nquotes + 1)) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    hs_quote *q = &d->quotes[d->nquotes++];
    q->open_tok = o->tok;
    q->close_tok = close;
    q->c0 = d->toks[o->tok].c0;
    q->c1 = d->toks[close].c1;
    q->closed = closed;
    q->runs_on = false;
    q->continued_by = -1;
    q->continues = o->continues;
    d->toks[o->tok].quote_role = 1;
    if (closed)
        d->toks[close].quote_role = -1;
    return 0;
}

/* How does mark i act, given the open marks?  +1 opens, -1 closes, 0 is
 * not a quotation mark here (apostrophe, stray). */
static int mark_role(const hs_doc *d, size_t i, const open_mark *st, size_t n)
{
    const hs_token *t = &d->toks[i];
    int fam = family(t->quote);
    bool open_here = find_open(st, n, fam) >= 0;
    bool gl = glued_left(d, i), gr = glued_right(d, i);
    switch (t->quote) {
    case HS_Q_DOUBLE_OPEN:
    case HS_Q_GUILLEMET_OPEN:
        /* “…“ typo: an opener glued to the left and not to the right,
         * while one is open, closes */
        if (open_here && gl && !gr)
            return -1;
        return 1;
    case HS_Q_DOUBLE_CLOSE:
    case HS_Q_GUILLEMET_CLOSE:
        if (open_here)
            return -1;
        return (!gl && gr) ? 1 : 0;   /* ”…” typo opens */
    case HS_Q_DOUBLE_STRAIGHT:
        if (open_here && (gl || !gr))
            return -1;
        if (gr)
            return 1;
        return open_here ? -1 : 0;
    case HS_Q_SINGLE_OPEN:
        return 1;
    case HS_Q_SINGLE_CLOSE:
    case HS_Q_SINGLE_STRAIGHT:
        if (open_here && (gl || !gr))
            return -1;
        /* an opening straight single: space before, word after */
        if (t->quote == HS_Q_SINGLE_STRAIGHT && !gl && gr)
            return 1;
        return 0;
    default:
        return 0;
    }
}

/* Does paragraph p start with a mark that can reopen family fam? */
static bool para_reopens(const hs_doc *d, size_t p, int fam)
{
    if (p >= d->nparas)
        return false;
    const hs_token *t = &d->toks[d->paras[p].tok0];
    if (!(t->flags & HS_TF_QUOTE) || family(t->quote) != fam)
        return false;
    return t->quote != HS_Q_DOUBLE_CLOSE && t->quote != HS_Q_SINGLE_CLOSE &&
           t->quote != HS_Q_GUILLEMET_CLOSE;
}

/* qsort order: by opening mark. */
static int cmp_open(const void *a, const void *b)
{
    uint32_t x = ((const hs_quote *)a)->open_tok;
    uint32_t y = ((const hs_quote *)b)->open_tok;
    return (x > y) - (x < y);
}

/* Index of the quote opened at token `tok` (quotes sorted), or -1. */
static int32_t find_quote(const hs_doc *d, uint32_t tok)
{
    size_t lo = 0, hi = d->nquotes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->quotes[mid].open_tok < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nquotes && d->quotes[lo].open_tok == tok ? (int32_t)lo : -1;
}

int hs_quotes(hs_doc *d, hs_error *err)
{
    open_mark *st = NULL;
    size_t n = 0, cap = 0;
    int32_t carry = -1;   /* opening token of a quote that runs on */
    int carry_fam = FAM_NONE;
    for (size_t p = 0; p < d->nparas; p++) {
        const hs_paragraph *para = &d->paras[p];
        n = 0;
        for (uint32_t i = para->tok0; i < para->tok1; i++) {
            hs_token *t = &d->toks[i];
            if (!(t->flags & HS_TF_QUOTE))
                continue;
            int role = mark_role(d, i, st, n);
            int fam = family(t->quote);
            if (i == para->tok0 && carry >= 0 && fam == carry_fam)
                role = 1;   /* reopening mark of a continued quotation */
            if (role > 0) {
                if (!HS_GROW(st, cap, n + 1))
                    goto nomem;
                st[n].tok = i;
                st[n].fam = (uint8_t)fam;
                st[n].continues = (i == para->tok0 && fam == carry_fam) ? carry : -1;
                n++;
            } else if (role < 0) {
                long k = find_open(st, n, fam);
                if (k < 0)
                    continue;
                if (add_quote(d, &st[k], i, true, err))
                    goto fail;
                n = (size_t)k;   /* inner unclosed marks are dropped */
            }
        }
        carry = -1;
        carry_fam = FAM_NONE;
        /* open quotations at the paragraph end: the outermost one may
         * continue in the next paragraph; the others are unclosed */
        for (size_t k = 0; k < n; k++) {
            if (add_quote(d, &st[k], para->tok1 - 1, false, err))
                goto fail;
            if (k == 0 && para_reopens(d, p + 1, st[k].fam)) {
                carry = (int32_t)st[k].tok;
                carry_fam = st[k].fam;
            }
        }
    }
    free(st);
    st = NULL;
    /* sort by opening mark (closing adds inner quotations first), then
     * turn `continues` from an opening-mark token into a quote index */
    if (d->nquotes > 1)
        qsort(d->quotes, d->nquotes, sizeof *d->quotes, cmp_open);
    for (size_t a = 0; a < d->nquotes; a++) {
        hs_quote *q = &d->quotes[a];
        if (q->continues >= 0)
            q->continues = find_quote(d, (uint32_t)q->continues);
        if (q->continues >= 0) {
            d->quotes[q->continues].runs_on = true;
            d->quotes[q->continues].continued_by = (int32_t)a;
        }
    }
    /* nesting depth of every token: prefix sum over open/close deltas */
    int32_t depth = 0;
    int32_t *delta = calloc(d->ntoks + 1, sizeof *delta);
    if (!delta)
        goto nomem;
    for (size_t a = 0; a < d->nquotes; a++) {
        const hs_quote *q = &d->quotes[a];
        if (!q->closed && !q->runs_on)
            continue;   /* an unclosed, unconnected mark quotes nothing */
        delta[q->open_tok]++;
        delta[q->close_tok + 1]--;
    }
    for (size_t i = 0; i < d->ntoks; i++) {
        depth += delta[i];
        d->toks[i].quote_depth = (uint16_t)(depth > 65535 ? 65535 : depth);
    }
    free(delta);
    return 0;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
fail:
    free(st);
    return -1;
}
