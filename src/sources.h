/*
 * sources.h -- who said it, when the rules cannot tell: a learned choice
 * of the source among the noun phrases of the cue's sentence.
 *
 * The source rules (attr_source.c) read the source off the tree: the
 * cue's subject, the subject of the clause a participle hangs on, a
 * passive's agent, a possessor.  When the parser misreads the sentence
 * ("Mr. Schultz likened RT to the BBC" with "BBC" as the subject;
 * "Minyon Moore, a senior adviser, called ..." with the name hung
 * elsewhere) they often find none: in PolNeAR train, of the attributions
 * the rules leave without a source, more than half have one in the gold.
 *
 * This pass gives those attributions a source.  The candidates are the
 * heads of the noun phrases (nouns, names, pronouns) of the cue's
 * sentence within reach of the cue, outside every cue and the content
 * (and the word right before a cue verb the tagger read as a noun, which
 * the parser makes the cue's compound: "Federal court | rules against"),
 * and "no source".  A linear model scores each over the path between it
 * and the cue in the tree, whose subject it is, what lies between them
 * (commas, verbs, other nouns), its kind (pronoun, name, relative
 * pronoun), and the cue's own frame (its part of speech, a passive, a
 * subject of its own); the best candidate wins when it beats "no source"
 * by a margin.  The new source is the phrase of its head as the rules cut
 * a subject's, kept off the cue and the content; the learned edges of
 * bounds.c then trim it like any other.
 *
 * Why only where the rules found none: on PolNeAR dev, letting the model
 * also replace or drop the rules' sources lost as many right ones as it
 * mended, and a source given to an attribution the gold does not have
 * costs source precision (docs/ACCURACY.md).
 *
 * The model (data/models/sources.bin) is learned from PolNeAR train by
 * tools/train_sources.c, which sees the attributions exactly as this pass
 * does (hs_attribute_observed(), at HS_OBSERVE_SOURCES): the right
 * candidate is the head of the gold source, or "no source" when the gold
 * has none.  Without the model the pass does nothing.
 */
#ifndef HS_SOURCES_H
#define HS_SOURCES_H

#include "attr.h"
#include "tree.h"

/* Upper bound on the features of one candidate. */
#define HS_SOURCES_MAX_FEATS 48

/* The model gives a source only when it prefers a candidate to "no
 * source" by more than this, in hundredths of a perceptron step (the
 * unit of the model's weights, tools/bag.h).  Tuned on PolNeAR dev with
 * the sweep train_sources prints; retune whenever the features change. */
#define HS_SOURCES_MARGIN 200.0f

/* Candidates lie at most this many tokens from the cue's head. */
#define HS_SOURCES_REACH 40

/* The candidate that stands for "no source". */
#define HS_SOURCES_NONE (-1)

/* One attribution as the pass sees it. */
typedef struct {
    int32_t cue;        /* the cue's head token */
    int32_t lo, hi;     /* candidates lie in [lo, hi]: the cue's sentence
                           within reach */
    const int32_t *cue_of;   /* per token: the attribution whose cue
                                holds it, or -1 (hs_pk_cue_marks()) */
} hs_sources_site;

/* Fill s for attribution w of d, given d's cue_of marks
 * (hs_pk_cue_marks() in passkeys.h); false when the pass leaves w alone
 * (no cue, no content, or a source already). */
bool hs_sources_site_of(const hs_doc *d, const hs_tree *t,
                        const hs_attr_work *w, const int32_t *cue_of,
                        hs_sources_site *s);

/* Is token i a candidate source head for w (HS_SOURCES_NONE always is)? */
bool hs_sources_candidate(const hs_doc *d, const hs_attr_work *w,
                          const hs_sources_site *s, int32_t i);

/* Features of candidate i (or HS_SOURCES_NONE) into
 * keys[HS_SOURCES_MAX_FEATS]; returns their count. */
size_t hs_sources_features(const hs_doc *d, const hs_tree *t,
                           const hs_attr_work *w, const hs_sources_site *s,
                           int32_t i, uint64_t *keys);

/* Give every attribution of the attribution stage c that has no source
 * the model's best candidate, when it beats "no source" by the margin: the phrase of its head
 * (hs_attr_source_phrase()), kept off the cue and the content.  No-op
 * without a model. */
void hs_sources_apply(const attr_ctx *c);

#endif
