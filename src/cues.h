/*
 * cues.h -- which tokens head a cue.
 *
 * A cue is the word or phrase that introduces an attribution: "said",
 * "has denied", "according to", "his claim", "is clear", a colon.  Whether
 * a token heads one is a linear decision over its word, part of speech,
 * dependency relations, children and quotation context, learned from
 * PolNeAR train (tools/train_cues.c, model data/models/cue.bin).  Without
 * the model, a rule over the lexicon of cue words stands in.
 *
 * The feature function is shared by the trainer and the library so that
 * both see the same features.
 */
#ifndef HS_CUES_H
#define HS_CUES_H

#include "internal.h"
#include "tree.h"

/* The trainer weighs missed cues twice (tools/train_cues.c), which buys
 * recall; this margin on the score difference buys back precision.  The
 * model's weights are in hundredths of a perceptron step (the average of
 * five perceptrons), so 800 is 8 steps.  Tuned on PolNeAR dev on the mean
 * over three trainer seeds, not on the committed model alone: retune it
 * whenever the features or the training change. */
#define HS_CUE_MARGIN 800.0f

/* A candidate that scores over this but under HS_CUE_MARGIN is a weak
 * cue: it is read only where no attribution of the strong cues reaches,
 * and its attribution is kept only when the content vouches for it
 * (quoted words, a "that" or wh- clause: hs_attr_drop_weak()).  Measured
 * on held-out train, docs/history/accuracy-rounds.md. */
#define HS_CUE_WEAK_MARGIN -800.0f

/* Upper bound on the features of one token: 30 of the token and its
 * neighbours, and at most 9 for each of the 8 children read (a subject
 * child gives 9), 102 in all. */
#define HS_CUE_MAX_FEATS 112

/* Can token i head a cue at all (content words, "according", ':' and
 * dashes)?  Only candidates are scored and trained on. */
bool hs_cue_candidate(const hs_doc *d, uint32_t i);

/* The model's gate, one look-up per candidate before any feature: the key
 * of a folded word and its coarse class (V verb, N noun, O other, as in
 * data/lexicons/cues.txt).  The trainer fixes class 0 of it for words that
 * were seen often among the train candidates and (almost) never headed a
 * cue: hs_cues_detect() skips those (more than half of all candidates).
 * It fixes class 1 for the lexicon's strong cue words: verbs in a cue at
 * least 80% of at least 10 times ("told", "claimed"), which are cues
 * whatever the context, and nouns in a cue at least 20% of at least 5
 * times, which are cues when they govern a "that" clause ("his claim
 * that").  The model and this file's rules thus travel together. */
uint64_t hs_cue_gate_word(const char *w, size_t n, char cpos);
/* Gate key of candidate i; 0 for punctuation, which is never gated. */
uint64_t hs_cue_gate_key(const hs_doc *d, uint32_t i);

/* Features of candidate i into keys[HS_CUE_MAX_FEATS]; returns count. */
size_t hs_cue_features(const hs_doc *d, const hs_tree *t, uint32_t i,
                       uint64_t *keys);

/* Strength of a candidate the model did not score: a word the gate or a
 * rule makes a cue whatever its context. */
#define HS_CUE_SURE 127

/* Mark cue heads: is_cue[i] = 1 for each token that heads a cue, 2 for a
 * weak cue (a score between HS_CUE_WEAK_MARGIN and HS_CUE_MARGIN), whose
 * attribution must earn its place (attribute.c).  strength[i] is the
 * model's score difference in whole perceptron steps (hundredths of it,
 * clamped to -120..120), HS_CUE_SURE for cues by gate or rule, 0 for
 * tokens not scored: what the attribution's confidence starts from. */
void hs_cues_detect(const hs_doc *d, const hs_tree *t, uint8_t *is_cue,
                    int8_t *strength);

#endif
