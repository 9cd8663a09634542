/*
 * about.c -- stage: whom each attribution's content is about.
 *
 * "Zelensky urged the UN Security Council to expel Russia" is about the
 * Council and Russia.  The resolve stage has already linked every name,
 * description and pronoun to its entity, so an attribution is about the
 * entities with a mention wholly inside one of its content fragments, in
 * the order they are first mentioned there.  The speaker's own pronoun is
 * such a mention ("Trump said he would win" is about Trump; resolve.c
 * says which pronouns); a mention that only overlaps the content ("the
 * UN" of "China's ambassador to the UN" when the content stops at
 * "ambassador") is not.
 *
 * All mentions of the document are sorted once by where they begin, and
 * each fragment finds its first one by binary search, so the work is
 * O(M log M) for M mentions plus what is written, however many
 * attributions there are.  The ids of every attribution share one array
 * owned by the document (d->about).
 */
#include <stdlib.h>

#include "internal.h"

/* A mention of entity `ent` (0-based), for sorting. */
typedef struct {
    size_t begin, end;
    uint32_t ent;
} mention;

/* qsort order: by begin, then end, then entity, so the result does not
 * depend on qsort's handling of ties. */
static int cmp_mention(const void *pa, const void *pb)
{
    const mention *a = pa, *b = pb;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    return (a->ent > b->ent) - (a->ent < b->ent);
}

/* Index of the first mention in m[0..n) that begins at or after `at`. */
static size_t first_from(const mention *m, size_t n, size_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m[mid].begin < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Append entity id `id` (1-based) to d->about. */
static bool push_id(hs_doc *d, int id)
{
    if (!HS_GROW(d->about, d->capabout, d->nabout + 1))
        return false;
    d->about[d->nabout++] = id;
    return true;
}

int hs_about(hs_doc *d, hs_error *err)
{
    size_t nm = 0;
    d->nabout = 0;              /* the stages may be run again on d */
    for (size_t e = 0; e < d->nents; e++)
        nm += d->ents[e].nmentions;
    for (size_t a = 0; a < d->nattrs; a++)
        d->attrs[a].about_at = d->attrs[a].about_n = 0;
    if (nm == 0 || d->nattrs == 0)
        return 0;

    mention *m = malloc(nm * sizeof *m);
    /* seen[e]: 1 + the last attribution that listed entity e */
    size_t *seen = calloc(d->nents, sizeof *seen);
    if (!m || !seen)
        goto nomem;
    size_t k = 0;
    for (size_t e = 0; e < d->nents; e++)
        for (size_t i = 0; i < d->ents[e].nmentions; i++)
            m[k++] = (mention){ d->ents[e].mentions[i].begin,
                                d->ents[e].mentions[i].end, (uint32_t)e };
    qsort(m, nm, sizeof *m, cmp_mention);

    for (size_t a = 0; a < d->nattrs; a++) {
        hs_attr_work *w = &d->attrs[a];
        w->about_at = d->nabout;
        for (uint32_t f = 0; f < w->content.n; f++) {
            hs_span fr = w->content.frag[f];
            for (size_t i = first_from(m, nm, fr.begin);
                 i < nm && m[i].begin < fr.end; i++) {
                if (m[i].end > fr.end || seen[m[i].ent] == a + 1)
                    continue;
                seen[m[i].ent] = a + 1;
                if (!push_id(d, (int)m[i].ent + 1))
                    goto nomem;
            }
        }
        w->about_n = d->nabout - w->about_at;
    }
    free(m);
    free(seen);
    return 0;

nomem:
    free(m);
    free(seen);
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    return -1;
}
