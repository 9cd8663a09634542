/*
 * util.c -- small helpers every stage uses: growable arrays, errors, the
 * tagset name tables.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Grow an array to hold at least `need` elements of `size` bytes,
 * doubling, so that appends are amortised O(1). */
bool hs_grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / size)
            return false;
        ncap *= 2;
    }
    void *p = realloc(*arr, ncap * size);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

bool hs_strmap_init(hs_strmap *m, size_t n)
{
    m->cap = 16;
    m->n = 0;
    while (m->cap < n * 2 + 2)
        m->cap *= 2;
    m->slots = calloc(m->cap, sizeof *m->slots);
    return m->slots != NULL;
}

bool hs_strmap_put(hs_strmap *m, const char *key, size_t len, uint32_t val)
{
    if ((m->n + 1) * 2 > m->cap)
        return false;
    size_t i = hash_bytes(key, len) & (m->cap - 1);
    while (m->slots[i].key) {
        if (m->slots[i].len == len && memcmp(m->slots[i].key, key, len) == 0)
            return true;
        i = (i + 1) & (m->cap - 1);
    }
    m->slots[i].key = key;
    m->slots[i].len = (uint32_t)len;
    m->slots[i].val = val;
    m->n++;
    return true;
}

long hs_strmap_get(const hs_strmap *m, const char *key, size_t len)
{
    if (!m->slots)
        return -1;
    size_t i = hash_bytes(key, len) & (m->cap - 1);
    while (m->slots[i].key) {
        if (m->slots[i].len == len && memcmp(m->slots[i].key, key, len) == 0)
            return m->slots[i].val;
        i = (i + 1) & (m->cap - 1);
    }
    return -1;
}

bool hs_strmap_set(hs_strmap *m, const char *key, size_t len, uint32_t val)
{
    if (!m->slots)
        return false;
    size_t i = hash_bytes(key, len) & (m->cap - 1);
    while (m->slots[i].key) {
        if (m->slots[i].len == len && memcmp(m->slots[i].key, key, len) == 0) {
            m->slots[i].val = val;
            return true;
        }
        i = (i + 1) & (m->cap - 1);
    }
    return false;
}

void hs_strmap_free(hs_strmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->n = 0;
}

/* Fill err (if not NULL) with a code and a one-line message. */
void hs_set_error(hs_error *err, hs_code code, size_t byte_offset,
                  const char *fmt, ...)
{
    if (!err)
        return;
    err->code = code;
    err->byte_offset = byte_offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    for (char *p = err->message; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
}

uint32_t hs_tok_at(const hs_doc *d, size_t cp)
{
    size_t lo = 0, hi = d->ntoks;
    while (lo < hi) {       /* tokens are sorted and do not overlap */
        size_t mid = (lo + hi) / 2;
        if (d->toks[mid].c1 <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

bool hs_tok_is(const hs_doc *d, uint32_t i, const char *s)
{
    /* one pass, no strlen: most calls differ at the first byte (the
     * attribution rules test tokens against word lists); a token past
     * the document's last is no word (a rule that looks one token on) */
    if (i >= d->ntoks)
        return false;
    const hs_token *t = &d->toks[i];
    size_t n = hs_tok_len(t);
    const char *w = hs_tok_str(d, t);
    for (size_t k = 0; k < n; k++) {
        char c = w[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != s[k] || s[k] == '\0')
            return false;
    }
    return s[n] == '\0';
}

/* Is token i the name of a month ("May", which also names people)? */
bool hs_tok_is_month(const hs_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", NULL
    };
    return hs_tok_in(d, i, w);
}

/* Is token i a day, a month or another word that heads a time phrase
 * ("on Tuesday", "this week", "Thursday evening")? */
bool hs_tok_is_time_word(const hs_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "today", "yesterday", "tonight", "morning", "afternoon",
        "evening", "night", "week", "month", "year", "weekend", NULL
    };
    return hs_tok_in(d, i, w) || hs_tok_is_month(d, i);
}

/* Is token i a conjunction that opens a subordinate clause ("as",
 * "because", "when", "although" ...)?  "that" and "if" are left to the
 * callers that want them: they also open what is said. */
bool hs_tok_is_subordinator(const hs_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "as", "while", "because", "although", "though", "since", "whereas",
        "when", "after", "before", "unless", "until", "once", NULL
    };
    return hs_tok_in(d, i, w);
}

#define HS_X_NAME(name, str) str,
const char *const hs_pos_names[HS_POS_COUNT] = { HS_POS_LIST(HS_X_NAME) };
const char *const hs_dep_names[HS_DEP_COUNT] = { HS_DEP_LIST(HS_X_NAME) };
#undef HS_X_NAME

/* Tag id of a CoreNLP part-of-speech name; HS_POS_NONE if unknown. */
int hs_pos_from_name(const char *name)
{
    for (int i = 1; i < HS_POS_COUNT; i++)
        if (strcmp(hs_pos_names[i], name) == 0)
            return i;
    return HS_POS_NONE;
}

/* Relation id of a UD v1 label; HS_DEP_NONE if unknown. */
int hs_dep_from_name(const char *name)
{
    for (int i = 1; i < HS_DEP_COUNT; i++)
        if (strcmp(hs_dep_names[i], name) == 0)
            return i;
    return HS_DEP_NONE;
}
