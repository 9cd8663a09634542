/*
 * fuzz_brat.c -- libFuzzer harness: the brat standoff reader (src/brat.h)
 * that `hearsay eval` runs on gold and predicted .ann files.
 *
 * The idea: .ann files come from outside (annotators, other systems), so
 * the reader must take any bytes, and its output must be the clean list
 * its header promises.  Invariants (abort on violation):
 *   - hs_brat_parse returns 0, or -1 with HS_ERR_TOO_BIG / HS_ERR_NOMEM and
 *     a one-line message;
 *   - every attribution has at least one role; each role's fragments are
 *     sorted by (begin, end) with begin <= end;
 *   - no two attributions are identical;
 *   - parsing the same bytes twice gives the same list and warnings;
 *   - feeding each attribution back through hs_brat_add gives the same
 *     list (modulo repeated fragments, which hs_brat_add drops).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "brat.h"



/* Nothing to set up; present so replay_main.c links. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* Are two fragment lists equal? */
static bool frags_eq(const hs_brat_frag *a, size_t na, const hs_brat_frag *b,
                     size_t nb)
{
    if (na != nb)
        return false;
    for (size_t i = 0; i < na; i++)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end)
            return false;
    return true;
}

/* Are two attributions equal, role by role? */
static bool attr_eq(const hs_brat_attr *a, const hs_brat_attr *b)
{
    for (int r = 0; r < HS_ROLE_COUNT; r++)
        if (!frags_eq(a->frag[r], a->n[r], b->frag[r], b->n[r]))
            return false;
    return true;
}

/* Is the attribution equal to b once repeated fragments of a are
 * dropped (b has none)? */
static bool attr_eq_unique(const hs_brat_attr *a, const hs_brat_attr *b)
{
    for (int r = 0; r < HS_ROLE_COUNT; r++) {
        size_t j = 0;
        for (size_t i = 0; i < a->n[r]; i++) {
            if (i && a->frag[r][i].begin == a->frag[r][i - 1].begin &&
                a->frag[r][i].end == a->frag[r][i - 1].end)
                continue;
            if (j >= b->n[r] || a->frag[r][i].begin != b->frag[r][j].begin ||
                a->frag[r][i].end != b->frag[r][j].end)
                return false;
            j++;
        }
        if (j != b->n[r])
            return false;
    }
    return true;
}

/* Check the per-list invariants of a parsed document. */
static void check_doc(const hs_brat_doc *d)
{
    for (size_t i = 0; i < d->nattrs; i++) {
        const hs_brat_attr *a = &d->attrs[i];
        size_t total = 0;
        for (int r = 0; r < HS_ROLE_COUNT; r++) {
            total += a->n[r];
            for (size_t k = 0; k < a->n[r]; k++) {
                const hs_brat_frag *f = &a->frag[r][k];
                REQUIRE(f->begin <= f->end, "attribution %zu %s fragment %zu "
                        "reversed", i, hs_role_name((hs_role)r), k);
                if (k) {
                    const hs_brat_frag *p = f - 1;
                    REQUIRE(p->begin < f->begin ||
                                (p->begin == f->begin && p->end <= f->end),
                            "attribution %zu %s fragments unsorted", i,
                            hs_role_name((hs_role)r));
                }
            }
        }
        REQUIRE(total > 0, "attribution %zu has no role", i);
    }
    /* duplicates: quadratic, but the fuzzer's inputs are small */
    if (d->nattrs <= 2000)
        for (size_t i = 0; i < d->nattrs; i++)
            for (size_t j = i + 1; j < d->nattrs; j++)
                REQUIRE(!attr_eq(&d->attrs[i], &d->attrs[j]),
                        "attributions %zu and %zu identical", i, j);
}

/* The fuzz target. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hs_brat_doc d1, d2, d3;
    hs_error err;
    hs_brat_init(&d1);
    hs_brat_init(&d2);
    hs_brat_init(&d3);
    int rc1 = hs_brat_parse(&d1, (const char *)data, size, &err);
    if (rc1) {
        REQUIRE(rc1 == -1, "return %d", rc1);
        REQUIRE(err.code == HS_ERR_TOO_BIG || err.code == HS_ERR_NOMEM,
                "error code %d: %s", (int)err.code, err.message);
        REQUIRE(err.message[0] && !strchr(err.message, '\n'), "message");
    }
    check_doc(&d1);
    int rc2 = hs_brat_parse(&d2, (const char *)data, size, &err);
    REQUIRE(rc1 == rc2, "two parses returned %d and %d", rc1, rc2);
    REQUIRE(d1.nattrs == d2.nattrs, "two parses gave %zu and %zu",
            d1.nattrs, d2.nattrs);
    REQUIRE(!memcmp(d1.warn, d2.warn, sizeof d1.warn), "warnings differ");
    for (size_t i = 0; i < d1.nattrs; i++)
        REQUIRE(attr_eq(&d1.attrs[i], &d2.attrs[i]), "parses differ at %zu", i);

    /* round trip through hs_brat_add */
    if (rc1 == 0 && d1.nattrs <= 2000) {
        for (size_t i = 0; i < d1.nattrs; i++) {
            const hs_brat_attr *a = &d1.attrs[i];
            REQUIRE(hs_brat_add(&d3, a->frag[HS_ROLE_SOURCE],
                                a->n[HS_ROLE_SOURCE], a->frag[HS_ROLE_CUE],
                                a->n[HS_ROLE_CUE], a->frag[HS_ROLE_CONTENT],
                                a->n[HS_ROLE_CONTENT], &err) == 0,
                    "hs_brat_add: %s", err.message);
        }
        check_doc(&d3);
        /* d3 must be d1 with repeats dropped and the attributions that
         * then coincide merged: walk d1, matching each to d3 in order */
        size_t j = 0;
        for (size_t i = 0; i < d1.nattrs; i++) {
            if (j < d3.nattrs && attr_eq_unique(&d1.attrs[i], &d3.attrs[j])) {
                j++;
                continue;
            }
            bool earlier = false;
            for (size_t k = 0; k < j && !earlier; k++)
                earlier = attr_eq_unique(&d1.attrs[i], &d3.attrs[k]);
            REQUIRE(earlier, "attribution %zu lost by hs_brat_add", i);
        }
        REQUIRE(j == d3.nattrs, "hs_brat_add gave %zu extra attributions",
                d3.nattrs - j);
    }
    hs_brat_free(&d1);
    hs_brat_free(&d2);
    hs_brat_free(&d3);
    return 0;
}
