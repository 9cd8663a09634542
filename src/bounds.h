/*
 * bounds.h -- where a content and its source start and end: a learned
 * choice among the words of their sentence.
 *
 * The span rules (attr_content.c, attr_source.c) take a content and a
 * source from the tree: the subtree of the cue's complement, or the rest
 * of the sentence; the subject's phrase.  Where they fail is mostly at the
 * edges: an adjunct at a content's end ("said the timing was not
 * intentional; the city only learned ...", "wants to sign up voters,
 * focusing on ..."), a word at its start ("told reporters that ..."), a
 * focus word or a time phrase at a source's edge ("*Even* China warned",
 * "the Supreme Court *this month* rejected").  This pass revisits the
 * edges of each content, end first, then of its source.  Every word of
 * the sentence in reach is a candidate: for a content's end, from its
 * first word to the end of the sentence (to the cue, for a content before
 * it); for its start, from the cue (or the sentence start); for a source,
 * its side of the cue.  A linear model scores each candidate over the
 * words around the boundary, the constituents it closes and opens and
 * where they attach, what it gains or loses against the rules' choice,
 * and that choice itself; the best candidate wins when it beats the
 * rules' by a margin.  Candidates never cross another attribution's cue,
 * an attribution's own source (for the content) or content (for the
 * source), a coordinated clause with its own subject right after the
 * rules' content end (the rules' cut there is right three times in four),
 * or a time phrase hanging on the cue (for the source).
 *
 * The model (data/models/bounds.bin) is learned from PolNeAR train by
 * tools/train_bounds.c: the candidate that holds the gold span's first or
 * last word is the right one.  The trainer sees the attributions exactly
 * as this pass does, through hs_attribute_observed(), and shares the
 * feature function below.  Without the model the pass does nothing.
 */
#ifndef HS_BOUNDS_H
#define HS_BOUNDS_H

#include "internal.h"
#include "tree.h"

/* Upper bound on the features of one candidate. */
#define HS_BOUNDS_MAX_FEATS 64

/* The model moves a boundary of the rules' only when it prefers another
 * word by more than this, in hundredths of a perceptron step (the unit of
 * the model's weights, tools/bag.h).  Tuned on PolNeAR dev with the
 * sweep train_bounds prints and end to end (at d0b7b39, margins 0 / 200
 * / 400: fully correct 66.8 / 66.9 / 66.8, mixed recall 87.9 / 88.3 /
 * 88.3); retune whenever the features change. */
#define HS_BOUNDS_MARGIN 200.0f

/* A content's start moves at most this many tokens either way: further
 * moves are rare in train (19 of 1,160 matched dev attributions need
 * one) and cost the most candidates. */
#define HS_BOUNDS_REACH 8

/* Sentences longer than this (in tokens) keep the rules' boundary: the
 * pass is quadratic in the candidates. */
#define HS_BOUNDS_MAX_SPAN 160

/* The boundaries the pass decides, in this order, each with its own
 * candidates and features (one model holds all four). */
typedef enum {
    HS_BOUND_END, HS_BOUND_START,           /* the content's */
    HS_BOUND_SRC_END, HS_BOUND_SRC_START    /* the source's */
} hs_bound_side;

/* The content of one attribution as the pass sees it, in tokens.  The
 * end is revisited on the fragment that ends the content, within its last
 * sentence; the start only on a content of one fragment in one sentence. */
typedef struct {
    int32_t frag;       /* index in w->content.frag of the last fragment */
    bool one_frag;      /* the content is that fragment alone, and
                           starts in the sentence where it ends */
    int32_t cue;        /* the cue's head token, or -1 */
    int32_t first;      /* first word of the fragment in its last
                           sentence */
    int32_t last;       /* its last word */
    int32_t hi;         /* candidate ends: the words in [first, hi] */
    int32_t start_lo;   /* candidate starts: the words in [start_lo, last] */
    /* the source, when there is one (src_first >= 0) */
    int32_t src_first, src_last;    /* its first and last word */
    int32_t src_lo, src_hi;         /* candidate edges: words in [src_lo,
                                       src_hi], in its sentence, on its
                                       side of the cue, off the content */
    int32_t src_head;               /* the source's word whose head lies
                                       outside it: its edges never cut it
                                       off ("an analysis by | the Tax
                                       Policy Center") */
} hs_bounds_site;

/* Fill s for attribution w of d, given d's cue_of marks
 * (hs_pk_cue_marks()); false when the
 * pass leaves w alone (no content, no word in it, a sentence too long, a
 * noun cue).  s->src_first < 0 when the source stays as it is (none, or
 * not in one sentence on one side of the cue). */
bool hs_bounds_site_of(const hs_doc *d, const hs_tree *t,
                       const hs_attr_work *w, const int32_t *cue_of,
                       hs_bounds_site *s);

/* The rules' choice for boundary `side` of s and the range [*lo, *hi]
 * its candidates lie in. */
void hs_bounds_range(const hs_bounds_site *s, hs_bound_side side,
                     int32_t *rule, int32_t *lo, int32_t *hi);

/* Is word i a candidate for boundary `side` of site s? */
bool hs_bounds_candidate(const hs_doc *d, const hs_bounds_site *s,
                         hs_bound_side side, int32_t i);

/* Features of putting boundary `side` of s at word i (the other boundary
 * as s has it) into keys[HS_BOUNDS_MAX_FEATS]; returns their count. */
size_t hs_bounds_features(const hs_doc *d, const hs_tree *t,
                          const hs_bounds_site *s, hs_bound_side side,
                          int32_t i, uint64_t *keys);

/* Move the end, then the start, of every content, then those of its
 * source, to the model's best candidates.  No-op without a model. */
void hs_bounds_apply(hs_doc *d, const hs_tree *t);

#endif
