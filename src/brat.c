/*
 * brat.c -- brat standoff (.ann) reader with the reference scorer's rules.
 *
 * The file is read in one pass that records T spans (in a table keyed by
 * their ID, first-definition order kept, later definitions replacing the
 * value as a Python dict does) and the role arguments of E lines; a second
 * pass turns each E line into an attribution, then every role span no E
 * line linked into one of its own.  See brat.h for the rules.
 *
 * Character classes follow Python 3's str methods and `re` module, because
 * the reference scorer is Python: \s is str.isspace (ASCII whitespace plus
 * 0x1C-0x1F, and every code point whose bidi class is WS, B or S or whose
 * category is Zs), \d is a decimal digit (category Nd).
 */
#include "brat.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

/* ------------------------------------------------------ character classes */

/* Decode one code point from [p, end) as Python's "replace" error handler
 * sees it: a valid UTF-8 sequence gives its code point, any other byte
 * gives U+FFFD and consumes just that byte (never an ASCII byte after it).
 * Returns the number of bytes consumed (>= 1); p < end. */
size_t hs_utf8_next(const unsigned char *p, const unsigned char *end,
                    uint32_t *cp)
{
    unsigned c = p[0];
    size_t need;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        need = 1; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; v = c & 0x07; min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if ((size_t)(end - p) <= need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return need + 1;
}

/* Python's str.isspace() for one code point. */
bool hs_py_isspace(uint32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) ||
               (cp >= 0x1C && cp <= 0x1F);
    if (cp > 0x10FFFF)
        return false;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    return p->category == UTF8PROC_CATEGORY_ZS ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_WS ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_B ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_S;
}

/* Python's str.isalnum() for one code point: a letter (L*) or a number
 * (N*). */
bool hs_py_isalnum(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' &&
                                            (cp | 0x20) <= 'z');
    if (cp > 0x10FFFF)
        return false;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

/* Python re's \w (Unicode): alphanumeric or underscore. */
bool hs_py_isword(uint32_t cp)
{
    return cp == '_' || hs_py_isalnum(cp);
}

/* Value 0-9 of a decimal digit (category Nd, Python's \d), or -1.  Unicode
 * keeps every decimal digit in a run of ten consecutive code points 0..9,
 * so the value is the distance from the start of its Nd block modulo 10. */
static int py_decimal(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (cp > 0x10FFFF ||
        utf8proc_category((utf8proc_int32_t)cp) != UTF8PROC_CATEGORY_ND)
        return -1;
    uint32_t start = cp;
    while (start > 0 && cp - start < 200 &&
           utf8proc_category((utf8proc_int32_t)(start - 1)) ==
               UTF8PROC_CATEGORY_ND)
        start--;
    return (int)((cp - start) % 10);
}

/* ---------------------------------------------------------------- numbers */

#define BIG_FLAG ((uint64_t)1 << 63)

/* Parse one decimal number (Python's \d+ then int()) at [*pp, end): returns
 * false if no digit is there.  Values of 2^63 or more become BIG_FLAG plus
 * a hash of the digits without leading zeros (see brat.h). */
static bool parse_number(const unsigned char **pp, const unsigned char *end,
                         uint64_t *out)
{
    const unsigned char *p = *pp;
    uint64_t v = 0, h = 1469598103934665603ull;
    bool big = false, any = false, nonzero = false;
    while (p < end) {
        uint32_t cp;
        size_t k = hs_utf8_next(p, end, &cp);
        int d = py_decimal(cp);
        if (d < 0)
            break;
        p += k;
        any = true;
        if (d || nonzero) {
            nonzero = true;
            h = (h ^ (uint64_t)(d + 1)) * 1099511628211ull;
        }
        if (!big) {
            if (v > (BIG_FLAG - 1 - (uint64_t)d) / 10)
                big = true;
            else
                v = v * 10 + (uint64_t)d;
        }
    }
    if (!any)
        return false;
    *out = big ? (BIG_FLAG | (h & (BIG_FLAG - 1))) : v;
    *pp = p;
    return true;
}

/* Skip Python \s characters at [p, end). */
static const unsigned char *skip_space(const unsigned char *p,
                                       const unsigned char *end)
{
    while (p < end) {
        uint32_t cp;
        size_t k = hs_utf8_next(p, end, &cp);
        if (!hs_py_isspace(cp))
            break;
        p += k;
    }
    return p;
}

/* Match one fragment "^\s*(\d+)\s+(\d+)\s*$" in [p, end); on success the
 * pair is ordered (begin <= end). */
static bool parse_frag(const unsigned char *p, const unsigned char *end,
                       hs_brat_frag *f)
{
    uint64_t a, b;
    p = skip_space(p, end);
    if (!parse_number(&p, end, &a))
        return false;
    const unsigned char *q = skip_space(p, end);
    if (q == p)
        return false;
    p = q;
    if (!parse_number(&p, end, &b))
        return false;
    p = skip_space(p, end);
    if (p != end)
        return false;
    if (b < a) {
        uint64_t t = a;
        a = b;
        b = t;
    }
    f->begin = a;
    f->end = b;
    return true;
}

/* Role of a name compared as the reference's canon_role does (the only
 * non-ASCII code points whose lowercase is ASCII are U+212A and U+0130,
 * neither of which can form a role name, so ASCII folding is exact). */
static int role_of(const unsigned char *s, size_t n)
{
    static const char *const names[HS_ROLE_COUNT] = {
        "source", "cue", "content"
    };
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        size_t m = strlen(names[r]);
        if (m != n)
            continue;
        size_t i = 0;
        while (i < n && (s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 0x20 : 0)) ==
                            (unsigned char)names[r][i])
            i++;
        if (i == n)
            return r;
    }
    return -1;
}

/* Role of an E argument's role part: trailing decimal digits removed
 * (Python re.sub(r'\d+$', '')), then canon_role. */
static int event_role(const unsigned char *s, size_t n)
{
    const unsigned char *p = s, *end = s + n;
    size_t keep = 0;
    while (p < end) {
        uint32_t cp;
        size_t k = hs_utf8_next(p, end, &cp);
        p += k;
        if (py_decimal(cp) < 0)
            keep = (size_t)(p - s);
    }
    return role_of(s, keep);
}

/* Name of a role as brat and the scorer write it. */
const char *hs_role_name(hs_role r)
{
    static const char *const names[HS_ROLE_COUNT] = {
        "Source", "Cue", "Content"
    };
    return (unsigned)r < HS_ROLE_COUNT ? names[r] : "?";
}

/* ------------------------------------------------------- dedup of attrs */

/* Open-addressing set of attribution indexes, hashed by content. */
struct hs_brat_seen {
    size_t *slot;     /* index + 1, 0 = empty */
    uint64_t *hash;   /* hash of each slot's attribution */
    size_t cap;       /* power of two */
    size_t count;
};

/* Hash of an attribution's roles and fragments. */
static uint64_t attr_hash(const hs_brat_attr *a)
{
    uint64_t h = 1469598103934665603ull;
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        h = (h ^ (a->n[r] + 0x9e3779b97f4a7c15ull)) * 1099511628211ull;
        for (size_t i = 0; i < a->n[r]; i++) {
            h = (h ^ a->frag[r][i].begin) * 1099511628211ull;
            h = (h ^ a->frag[r][i].end) * 1099511628211ull;
            h ^= h >> 29;
        }
    }
    return h ^ (h >> 31);
}

/* Whether two attributions have the same roles with the same fragments. */
static bool attr_equal(const hs_brat_attr *a, const hs_brat_attr *b)
{
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        if (a->n[r] != b->n[r])
            return false;
        if (a->n[r] &&
            memcmp(a->frag[r], b->frag[r], a->n[r] * sizeof *a->frag[r]))
            return false;
    }
    return true;
}

/* Double the seen table (or create it). */
static bool seen_grow(struct hs_brat_seen *s)
{
    size_t ncap = s->cap ? s->cap * 2 : 64;
    size_t *slot = calloc(ncap, sizeof *slot);
    uint64_t *hash = calloc(ncap, sizeof *hash);
    if (!slot || !hash) {
        free(slot);
        free(hash);
        return false;
    }
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->slot[i])
            continue;
        size_t j = (size_t)s->hash[i] & (ncap - 1);
        while (slot[j])
            j = (j + 1) & (ncap - 1);
        slot[j] = s->slot[i];
        hash[j] = s->hash[i];
    }
    free(s->slot);
    free(s->hash);
    s->slot = slot;
    s->hash = hash;
    s->cap = ncap;
    return true;
}

/* Append *a (whose fragment arrays the doc takes over) unless an equal
 * attribution is present; a duplicate or an empty one is freed.  Returns
 * 0 or -1 (out of memory; *a is freed). */
static int doc_take(hs_brat_doc *doc, hs_brat_attr *a, hs_error *err)
{
    bool empty = true;
    for (int r = 0; r < HS_ROLE_COUNT; r++)
        if (a->n[r])
            empty = false;
    if (empty)
        goto drop;
    if (!doc->seen && !(doc->seen = calloc(1, sizeof *doc->seen)))
        goto nomem;
    struct hs_brat_seen *s = doc->seen;
    if ((s->count + 1) * 2 > s->cap && !seen_grow(s))
        goto nomem;
    uint64_t h = attr_hash(a);
    size_t j = (size_t)h & (s->cap - 1);
    while (s->slot[j]) {
        if (s->hash[j] == h && attr_equal(&doc->attrs[s->slot[j] - 1], a))
            goto drop;
        j = (j + 1) & (s->cap - 1);
    }
    if (!HS_GROW(doc->attrs, doc->capattrs, doc->nattrs + 1))
        goto nomem;
    doc->attrs[doc->nattrs++] = *a;
    s->slot[j] = doc->nattrs;
    s->hash[j] = h;
    s->count++;
    return 0;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    for (int r = 0; r < HS_ROLE_COUNT; r++)
        free(a->frag[r]);
    return -1;
drop:
    for (int r = 0; r < HS_ROLE_COUNT; r++)
        free(a->frag[r]);
    return 0;
}

/* Start an empty attribution list. */
void hs_brat_init(hs_brat_doc *doc)
{
    memset(doc, 0, sizeof *doc);
}

/* Free the attributions, their fragments and the dedup index. */
void hs_brat_free(hs_brat_doc *doc)
{
    if (!doc)
        return;
    for (size_t i = 0; i < doc->nattrs; i++)
        for (int r = 0; r < HS_ROLE_COUNT; r++)
            free(doc->attrs[i].frag[r]);
    free(doc->attrs);
    if (doc->seen) {
        free(doc->seen->slot);
        free(doc->seen->hash);
        free(doc->seen);
    }
    memset(doc, 0, sizeof *doc);
}

/* qsort order of fragments: by begin, then end (Python tuple order). */
static int frag_cmp(const void *x, const void *y)
{
    const hs_brat_frag *a = x, *b = y;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    return 0;
}

/* Sort n fragments and, when `unique`, drop repeats; returns the new n. */
static size_t frags_normalise(hs_brat_frag *f, size_t n, bool unique)
{
    if (n > 1)
        qsort(f, n, sizeof *f, frag_cmp);
    if (!unique || n < 2)
        return n;
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (frag_cmp(&f[i], &f[k - 1]))
            f[k++] = f[i];
    return k;
}

/* Copy n fragments into a fresh array (NULL for n == 0). */
static hs_brat_frag *frags_dup(const hs_brat_frag *f, size_t n)
{
    if (!n)
        return NULL;
    hs_brat_frag *c = malloc(n * sizeof *c);
    if (c)
        memcpy(c, f, n * sizeof *c);
    return c;
}

/* Add one attribution with E-line rules (see brat.h). */
int hs_brat_add(hs_brat_doc *doc,
                const hs_brat_frag *source, size_t nsource,
                const hs_brat_frag *cue, size_t ncue,
                const hs_brat_frag *content, size_t ncontent,
                hs_error *err)
{
    const hs_brat_frag *in[HS_ROLE_COUNT] = { source, cue, content };
    size_t nin[HS_ROLE_COUNT] = { nsource, ncue, ncontent };
    hs_brat_attr a;
    memset(&a, 0, sizeof a);
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        if (!nin[r])
            continue;
        if (!(a.frag[r] = frags_dup(in[r], nin[r]))) {
            for (int q = 0; q < r; q++)
                free(a.frag[q]);
            hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
            return -1;
        }
        for (size_t i = 0; i < nin[r]; i++) {
            hs_brat_frag *f = &a.frag[r][i];
            if (f->end < f->begin) {
                uint64_t t = f->begin;
                f->begin = f->end;
                f->end = t;
            }
        }
        a.n[r] = frags_normalise(a.frag[r], nin[r], true);
    }
    return doc_take(doc, &a, err);
}

/* Add a system attribution as its hs_write_brat() output reads back. */
int hs_brat_add_attribution(hs_brat_doc *doc, const hs_attribution *a,
                            hs_error *err)
{
    hs_brat_frag src = { 0, 0 }, cue = { 0, 0 }, stackbuf[16] = { { 0, 0 } };
    hs_brat_frag *content = stackbuf;
    size_t nsrc = 0, ncue = 0;
    if (a->source.end > a->source.begin) {
        src.begin = a->source.begin;
        src.end = a->source.end;
        nsrc = 1;
    }
    if (a->cue.end > a->cue.begin) {
        cue.begin = a->cue.begin;
        cue.end = a->cue.end;
        ncue = 1;
    }
    if (a->content_count > 16 &&
        !(content = malloc(a->content_count * sizeof *content))) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < a->content_count; i++) {
        content[i].begin = a->content[i].begin;
        content[i].end = a->content[i].end;
    }
    int rc = hs_brat_add(doc, &src, nsrc, &cue, ncue, content,
                         a->content_count, err);
    if (content != stackbuf)
        free(content);
    return rc;
}

/* ---------------------------------------------------------------- parsing */

/* A T span as read: its ID (pointing into the input), role or -1, and its
 * fragments (a range of the parser's fragment pool). */
typedef struct {
    const unsigned char *id;
    size_t idlen;
    int role;
    size_t frag0, nfrag;
    bool referenced;
    size_t stamp[HS_ROLE_COUNT];   /* last event (1-based) that used it */
} span_rec;

/* A role argument of an E line. */
typedef struct {
    int role;
    const unsigned char *tid;
    size_t tidlen;
} event_arg;

/* The reader's working state for one file. */
typedef struct {
    span_rec *spans;   size_t nspans, capspans;
    size_t *table;     size_t tabcap;         /* span index + 1 by ID */
    hs_brat_frag *pool; size_t npool, cappool;
    event_arg *args;   size_t nargs, capargs;
    size_t *events;    size_t nevents, capevents;  /* first arg of each */
    size_t budget;     /* fragment copies left */
} reader;

/* FNV-1a hash of an ID. */
static uint64_t id_hash(const unsigned char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

/* Slot of ID s in the span table: the one holding it, or the empty slot
 * where it would go. */
static size_t table_find(const reader *rd, const unsigned char *s, size_t n)
{
    size_t j = (size_t)id_hash(s, n) & (rd->tabcap - 1);
    while (rd->table[j]) {
        const span_rec *sp = &rd->spans[rd->table[j] - 1];
        if (sp->idlen == n && !memcmp(sp->id, s, n))
            return j;
        j = (j + 1) & (rd->tabcap - 1);
    }
    return j;
}

/* Index of the span with ID s, or -1. */
static long span_lookup(const reader *rd, const unsigned char *s, size_t n)
{
    if (!rd->tabcap)
        return -1;
    size_t j = table_find(rd, s, n);
    return rd->table[j] ? (long)rd->table[j] - 1 : -1;
}

/* Double the span table. */
static bool table_grow(reader *rd)
{
    size_t ncap = rd->tabcap ? rd->tabcap * 2 : 64;
    size_t *t = calloc(ncap, sizeof *t);
    if (!t)
        return false;
    size_t *old = rd->table, oldcap = rd->tabcap;
    rd->table = t;
    rd->tabcap = ncap;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i]) {
            const span_rec *sp = &rd->spans[old[i] - 1];
            rd->table[table_find(rd, sp->id, sp->idlen)] = old[i];
        }
    free(old);
    return true;
}

/* Read a T line's field (after the ID's TAB): "<Type> <frags>".  Returns
 * 0, 1 for a malformed line, -1 out of memory. */
static int read_t(reader *rd, const unsigned char *id, size_t idlen,
                  const unsigned char *f, const unsigned char *fend)
{
    const unsigned char *sp = memchr(f, ' ', (size_t)(fend - f));
    if (!sp)
        return 1;
    int role = role_of(f, (size_t)(sp - f));
    size_t frag0 = rd->npool;
    const unsigned char *p = sp + 1;
    for (;;) {
        const unsigned char *semi = memchr(p, ';', (size_t)(fend - p));
        const unsigned char *pe = semi ? semi : fend;
        hs_brat_frag fr;
        if (!parse_frag(p, pe, &fr)) {
            rd->npool = frag0;
            return 1;
        }
        if (!HS_GROW(rd->pool, rd->cappool, rd->npool + 1))
            return -1;
        rd->pool[rd->npool++] = fr;
        if (!semi)
            break;
        p = semi + 1;
    }
    size_t nfrag = rd->npool - frag0;
    qsort(rd->pool + frag0, nfrag, sizeof *rd->pool, frag_cmp);
    if ((rd->nspans + 1) * 2 > rd->tabcap && !table_grow(rd))
        return -1;
    size_t j = table_find(rd, id, idlen);
    span_rec *s;
    if (rd->table[j]) {
        s = &rd->spans[rd->table[j] - 1];   /* redefinition: keep place */
    } else {
        if (!HS_GROW(rd->spans, rd->capspans, rd->nspans + 1))
            return -1;
        s = &rd->spans[rd->nspans++];
        memset(s, 0, sizeof *s);
        s->id = id;
        s->idlen = idlen;
        rd->table[j] = rd->nspans;
    }
    s->role = role;
    s->frag0 = frag0;
    s->nfrag = nfrag;
    return 0;
}

/* Read an E line's field: whitespace-separated "<Role>:<ID>" arguments;
 * keeps those whose role is Source, Cue or Content.  Returns 0 or -1. */
static int read_e(reader *rd, const unsigned char *f, const unsigned char *fend)
{
    size_t first = rd->nargs;
    const unsigned char *p = f;
    while (p < fend) {
        uint32_t cp;
        size_t k = hs_utf8_next(p, fend, &cp);
        if (hs_py_isspace(cp)) {
            p += k;
            continue;
        }
        const unsigned char *tok = p;
        while (p < fend) {
            k = hs_utf8_next(p, fend, &cp);
            if (hs_py_isspace(cp))
                break;
            p += k;
        }
        const unsigned char *colon = memchr(tok, ':', (size_t)(p - tok));
        const unsigned char *rend = colon ? colon : p;
        int role = event_role(tok, (size_t)(rend - tok));
        if (role < 0)
            continue;
        if (!HS_GROW(rd->args, rd->capargs, rd->nargs + 1))
            return -1;
        event_arg *a = &rd->args[rd->nargs++];
        a->role = role;
        a->tid = colon ? colon + 1 : p;
        a->tidlen = colon ? (size_t)(p - colon - 1) : 0;
    }
    if (rd->nargs == first)
        return 0;   /* no role argument: the reference adds nothing */
    if (!HS_GROW(rd->events, rd->capevents, rd->nevents + 1))
        return -1;
    rd->events[rd->nevents++] = first;
    return 0;
}

/* Split the input into lines and read the T and E records. */
static int read_lines(reader *rd, hs_brat_doc *doc, const unsigned char *buf,
                      size_t len)
{
    const unsigned char *p = buf, *end = buf + len;
    if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;     /* utf-8-sig */
    while (p <= end) {
        const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
        const unsigned char *le = nl ? nl : end;
        const unsigned char *next = le + 1;
        while (le > p && le[-1] == '\r')
            le--;
        /* ^([TEARMN#*][0-9]*)\t */
        const unsigned char *q = p;
        if (q < le && *q && strchr("TEARMN#*", *q)) {
            q++;
            while (q < le && *q >= '0' && *q <= '9')
                q++;
            if (q < le && *q == '\t') {
                const unsigned char *f = q + 1;
                const unsigned char *fe = memchr(f, '\t', (size_t)(le - f));
                if (!fe)
                    fe = le;
                int rc = 0;
                if (*p == 'T') {
                    rc = read_t(rd, p, (size_t)(q - p), f, fe);
                    if (rc == 1) {
                        doc->warn[HS_BRAT_W_MALFORMED_T]++;
                        rc = 0;
                    }
                } else if (*p == 'E') {
                    rc = read_e(rd, f, fe);
                }
                if (rc)
                    return -1;
            }
        }
        if (!nl)
            break;
        p = next;
    }
    return 0;
}

/* Take `n` fragment copies from the work budget; false when spent. */
static bool spend(reader *rd, size_t n)
{
    if (n > rd->budget)
        return false;
    rd->budget -= n;
    return true;
}

/* Build the attribution of event e (0-based).  Returns 0, -1 nomem, -2
 * budget spent. */
static int build_event(reader *rd, hs_brat_doc *doc, size_t e,
                       hs_error *err)
{
    size_t a0 = rd->events[e];
    size_t a1 = e + 1 < rd->nevents ? rd->events[e + 1] : rd->nargs;
    size_t count[HS_ROLE_COUNT] = { 0, 0, 0 };
    for (size_t i = a0; i < a1; i++) {
        const event_arg *ar = &rd->args[i];
        long s = span_lookup(rd, ar->tid, ar->tidlen);
        if (s < 0) {
            doc->warn[HS_BRAT_W_UNKNOWN_ID]++;
            continue;
        }
        span_rec *sp = &rd->spans[s];
        sp->referenced = true;
        if (sp->stamp[ar->role] == e + 1)
            continue;   /* same span twice in one role: a set union */
        sp->stamp[ar->role] = e + 1;
        count[ar->role] += sp->nfrag;
    }
    hs_brat_attr a;
    memset(&a, 0, sizeof a);
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        if (!count[r])
            continue;
        if (!spend(rd, count[r])) {
            for (int q = 0; q < r; q++)
                free(a.frag[q]);
            return -2;
        }
        if (!(a.frag[r] = malloc(count[r] * sizeof *a.frag[r]))) {
            for (int q = 0; q < r; q++)
                free(a.frag[q]);
            hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
            return -1;
        }
    }
    /* second pass: copy the fragments of each distinct span once */
    for (size_t i = a0; i < a1; i++) {
        const event_arg *ar = &rd->args[i];
        long s = span_lookup(rd, ar->tid, ar->tidlen);
        if (s < 0)
            continue;
        span_rec *sp = &rd->spans[s];
        if (sp->stamp[ar->role] != e + 1)
            continue;
        sp->stamp[ar->role] = 0;   /* copied */
        int r = ar->role;
        memcpy(a.frag[r] + a.n[r], rd->pool + sp->frag0,
               sp->nfrag * sizeof *rd->pool);
        a.n[r] += sp->nfrag;
    }
    for (int r = 0; r < HS_ROLE_COUNT; r++)
        a.n[r] = frags_normalise(a.frag[r], a.n[r], true);
    return doc_take(doc, &a, err);
}

/* Read a whole .ann buffer: lines, then E lines, then unlinked role spans. */
int hs_brat_parse(hs_brat_doc *doc, const char *buf, size_t len,
                  hs_error *err)
{
    reader rd;
    memset(&rd, 0, sizeof rd);
    /* every fragment copy costs one unit: generous for real files (each
     * fragment is copied about once), linear in the input size */
    rd.budget = (len < ((size_t)1 << 40) ? len * 4 : len) + ((size_t)1 << 20);
    int rc = -1;
    if (read_lines(&rd, doc, (const unsigned char *)(buf ? buf : ""),
                   buf ? len : 0)) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        goto out;
    }
    for (size_t e = 0; e < rd.nevents; e++) {
        int r = build_event(&rd, doc, e, err);
        if (r == -2)
            goto too_big;
        if (r)
            goto out;
    }
    for (size_t i = 0; i < rd.nspans; i++) {
        span_rec *sp = &rd.spans[i];
        if (sp->role < 0 || sp->referenced)
            continue;
        doc->warn[HS_BRAT_W_UNLINKED_SOURCE + sp->role]++;
        if (!spend(&rd, sp->nfrag))
            goto too_big;
        hs_brat_attr a;
        memset(&a, 0, sizeof a);
        if (!(a.frag[sp->role] = frags_dup(rd.pool + sp->frag0, sp->nfrag))) {
            hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
            goto out;
        }
        a.n[sp->role] = sp->nfrag;   /* sorted, repeats kept (a T line) */
        if (doc_take(doc, &a, err))
            goto out;
    }
    rc = 0;
    goto out;
too_big:
    hs_set_error(err, HS_ERR_TOO_BIG, 0,
                 "annotation links too many span fragments");
out:
    free(rd.spans);
    free(rd.table);
    free(rd.pool);
    free(rd.args);
    free(rd.events);
    return rc;
}
