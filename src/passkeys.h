/*
 * passkeys.h -- feature keys and token tests shared by the learned passes
 * over attributions (bounds.c, sources.c).
 *
 * Both score candidates with a linear model over hashed keys
 * (perceptron.h): a template number with a small value or a folded word.
 * The functions are small and hot, so they live here as static inlines;
 * changing one changes the keys of both models, which must then be
 * retrained (make models).
 */
#ifndef HS_PASSKEYS_H
#define HS_PASSKEYS_H

#include "internal.h"
#include "lexicon.h"
#include "perceptron.h"

/* Is token i a word (not punctuation)? */
static inline bool hs_pk_word_tok(const hs_doc *d, int32_t i)
{
    return !(d->toks[i].flags & HS_TF_PUNCT);
}

/* Key of template tmpl with a small number v. */
static inline uint64_t hs_pk_num(uint32_t tmpl, uint64_t v)
{
    return hs_feat_mix(hs_feat_str(tmpl, "", 0), v);
}

/* Key of template tmpl with the lower-cased word (or punctuation) of
 * token i. */
static inline uint64_t hs_pk_word(uint32_t tmpl, const hs_doc *d, int32_t i)
{
    char buf[64];
    const hs_token *t = &d->toks[i];
    size_t n = hs_lex_fold(hs_tok_str(d, t), hs_tok_len(t), buf, sizeof buf);
    if (n == 0)
        return hs_pk_num(tmpl, 1);  /* too long to fold */
    return hs_feat_str(tmpl, buf, n);
}

/* A small count in a few buckets: 0, 1, 2, 3-4, 5-8, 9-16, more. */
static inline uint64_t hs_pk_bucket(int32_t n)
{
    return n <= 2 ? (uint64_t)n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : 6;
}

/* cue_of[i] = the index in d->attrs of the attribution whose cue holds
 * token i, or -1 (cue_of has d->ntoks entries).  Both passes test
 * candidates against every attribution's cue; marking the cue tokens once
 * per document keeps that linear in the attributions. */
static inline void hs_pk_cue_marks(const hs_doc *d, int32_t *cue_of)
{
    for (size_t i = 0; i < d->ntoks; i++)
        cue_of[i] = -1;
    for (size_t a = 0; a < d->nattrs; a++)
        for (int32_t i = d->attrs[a].cue_tok0; i >= 0 && i < d->attrs[a].cue_tok1 &&
                                               (size_t)i < d->ntoks; i++)
            cue_of[i] = (int32_t)a;
}

/* Is token i inside a fragment of w's content? */
static inline bool hs_pk_in_content(const hs_doc *d, const hs_attr_work *w, int32_t i)
{
    for (uint32_t k = 0; k < w->content.n; k++)
        if (d->toks[i].c0 < w->content.frag[k].end &&
            w->content.frag[k].begin < d->toks[i].c1)
            return true;
    return false;
}

#endif
