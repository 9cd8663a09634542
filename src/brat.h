/*
 * brat.h -- attributions read from brat standoff (.ann) annotations.
 *
 * The evaluation data (PolNeAR) and the predictions that `hearsay eval`
 * scores are brat standoff files: T lines hold text-bound spans (a type and
 * one or more code-point fragments), E lines link a trigger and the role
 * spans Source, Cue and Content of one attribution.  This reader turns such
 * a file into a list of attributions, each a map role -> sorted fragments,
 * following exactly the reading rules of the reference scorer
 * (shared/tools/score-attributions, parse_ann):
 *
 *   - a record is a line "<ID><TAB>..." whose ID is one of T E A R M N # *
 *     followed by ASCII digits; any other line (a continuation of a span
 *     text that holds a newline, garbage) is ignored;
 *   - role names are compared case-insensitively after removing trailing
 *     digits, so Content2 is Content;
 *   - an E line gives one attribution holding, per role, the union of the
 *     fragments of every span it links in that role;
 *   - a role span that no E line links is an attribution of its own;
 *   - identical attributions are kept once, in first-seen order.
 *
 * Any byte sequence is accepted: invalid UTF-8 counts as U+FFFD, oddities
 * are counted as warnings.  The work and memory a file may cost are bounded
 * by a budget proportional to its size; a pathological file (say one E
 * line linking a span of a million fragments a million times) fails with
 * HS_ERR_TOO_BIG instead.
 *
 * Offsets are code points.  A number too large for 63 bits (far beyond any
 * text) is kept as 2^63 plus a 63-bit hash of its digits, so that distinct
 * huge numbers stay distinct for deduplication, as they do in Python.
 */
#ifndef HS_BRAT_H
#define HS_BRAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hearsay.h"

/* The three scored roles, in the reference scorer's order. */
typedef enum {
    HS_ROLE_SOURCE, HS_ROLE_CUE, HS_ROLE_CONTENT, HS_ROLE_COUNT
} hs_role;

/* One fragment [begin, end) in code points; begin <= end. */
typedef struct {
    uint64_t begin, end;
} hs_brat_frag;

/* One attribution: for each role its fragments, sorted by (begin, end);
 * n[role] == 0 means the role is absent. */
typedef struct {
    size_t n[HS_ROLE_COUNT];
    hs_brat_frag *frag[HS_ROLE_COUNT];
} hs_brat_attr;

/* Does the code-point range [c0, c1) overlap one of the n fragments f?
 * (The trainers ask it of a token and a gold span.) */
static inline bool hs_brat_frags_overlap(const hs_brat_frag *f, size_t n,
                                         uint64_t c0, uint64_t c1)
{
    for (size_t k = 0; k < n; k++)
        if (c0 < f[k].end && f[k].begin < c1)
            return true;
    return false;
}

/* Reader warnings, counted per document. */
typedef enum {
    HS_BRAT_W_MALFORMED_T,        /* T line without valid offsets */
    HS_BRAT_W_MALFORMED_E,        /* E line without fields */
    HS_BRAT_W_UNKNOWN_ID,         /* E role argument naming no T span */
    HS_BRAT_W_UNLINKED_SOURCE,    /* role spans no E line links */
    HS_BRAT_W_UNLINKED_CUE,
    HS_BRAT_W_UNLINKED_CONTENT,
    HS_BRAT_W_COUNT
} hs_brat_warning;

struct hs_brat_seen;   /* brat.c: deduplication index */

/* A list of distinct attributions plus warning counts.  Zero-initialise
 * (or hs_brat_init) before use; free with hs_brat_free. */
typedef struct {
    hs_brat_attr *attrs;
    size_t nattrs, capattrs;
    size_t warn[HS_BRAT_W_COUNT];
    struct hs_brat_seen *seen;   /* private */
} hs_brat_doc;

/* Set *doc to the empty list. */
void hs_brat_init(hs_brat_doc *doc);
/* Free everything *doc owns and leave it empty. */
void hs_brat_free(hs_brat_doc *doc);

/* Parse `len` bytes of .ann text and append its attributions to *doc (a
 * fresh doc gives exactly the reference's list).  Returns 0, or -1 with err
 * filled (HS_ERR_NOMEM, or HS_ERR_TOO_BIG when the file would exceed the
 * work budget); *doc then holds what was read so far. */
int hs_brat_parse(hs_brat_doc *doc, const char *buf, size_t len,
                  hs_error *err);

/* Append one attribution as an E line linking these spans would give:
 * fragments with begin > end are swapped, each role's fragments are sorted
 * with duplicates removed, roles with no fragment are absent, an
 * attribution with no role or equal to one already present is not added.
 * Any of the arrays may be NULL when its count is 0.  Returns 0 or -1. */
int hs_brat_add(hs_brat_doc *doc,
                const hs_brat_frag *source, size_t nsource,
                const hs_brat_frag *cue, size_t ncue,
                const hs_brat_frag *content, size_t ncontent,
                hs_error *err);

/* Append a system attribution as reading back what hs_write_brat() writes
 * for it gives: its source and cue when end > begin, and all its content
 * fragments (swapped when begin > end), with hs_brat_add's rules. */
int hs_brat_add_attribution(hs_brat_doc *doc, const hs_attribution *a,
                            hs_error *err);

/* Role name ("Source", "Cue", "Content"). */
const char *hs_role_name(hs_role r);

/* Python 3 character classes (the reference scorer is Python), shared
 * with score.c. */
/* Decode one code point at p < end as Python's UTF-8 "replace" handler:
 * an invalid byte gives U+FFFD and consumes one byte.  Returns the number
 * of bytes used (>= 1). */
size_t hs_utf8_next(const unsigned char *p, const unsigned char *end,
                    uint32_t *cp);
/* str.isspace(): bidi class WS, B or S, or category Zs (and 0x1C-0x1F). */
bool hs_py_isspace(uint32_t cp);
/* str.isalnum(): a letter (L*) or a number (N*). */
bool hs_py_isalnum(uint32_t cp);
/* re's \w: str.isalnum() or '_'. */
bool hs_py_isword(uint32_t cp);

#endif /* HS_BRAT_H */
