/*
 * parse.h -- the transition system, features and decoder of the dependency
 * parser (parse.c), shared by the runtime and tools/train_parser.c.
 *
 * The parser is a greedy arc-hybrid transition parser (Kuhlmann, Gomez-
 * Rodriguez and Satta 2011) scored by an averaged perceptron (perceptron.h)
 * over hashed feature templates in the style of Zhang and Nivre (2011).  A
 * configuration is a stack, a buffer front and the arcs built so far; the
 * three moves are
 *
 *   SHIFT     push the buffer front b0 onto the stack;
 *   LEFT-l    make s0 a dependent of b0 with relation l, pop s0;
 *   RIGHT-l   make s0 a dependent of s1 with relation l, pop s0.
 *
 * An artificial ROOT sits at the bottom of the stack (index n of an n-token
 * sentence).  Two restrictions make every terminal configuration a single
 * rooted tree: nothing can be made a dependent of ROOT while the buffer
 * still holds tokens, and ROOT is never made a dependent.  A sentence takes
 * exactly 2n moves, so parsing is linear in its length.
 *
 * Transition and relation are predicted jointly: one classifier decision
 * over HS_PARSE_NCLASSES classes (SHIFT, LEFT-l, RIGHT-l for each relation
 * l other than root; the arc to ROOT is forced and labelled root).
 *
 * The trainer drives the same hs_pstate with hs_pstate_features(),
 * hs_pstate_legal() and hs_pstate_apply(), and uses hs_pstate_costs() (the
 * dynamic oracle of Goldberg and Nivre 2013) against the gold tree.
 */
#ifndef HS_PARSE_H
#define HS_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "perceptron.h"

/* Relations the classifier predicts: every HS_DEP_* except NONE and ROOT,
 * numbered 0..HS_PARSE_NLABELS-1 (label l is relation l + 2). */
#define HS_PARSE_NLABELS (HS_DEP_COUNT - 2)
/* Classes: 0 SHIFT, 1 + l LEFT-l, 1 + NLABELS + l RIGHT-l. */
#define HS_PARSE_NCLASSES (1 + 2 * HS_PARSE_NLABELS)
#define HS_PARSE_SHIFT 0
/* Maximum number of feature keys one configuration produces. */
#define HS_PARSE_MAXFEATS 64

/* Kinds of move, as hs_parse_move() decodes a class. */
enum { HS_MOVE_SHIFT, HS_MOVE_LEFT, HS_MOVE_RIGHT };

/* Decode class `c` into its move (HS_MOVE_*) and relation (HS_DEP_*;
 * HS_DEP_NONE for SHIFT). */
static inline int hs_parse_move(int c, int *rel)
{
    if (c == HS_PARSE_SHIFT) {
        *rel = HS_DEP_NONE;
        return HS_MOVE_SHIFT;
    }
    if (c <= HS_PARSE_NLABELS) {
        *rel = c - 1 + 2;
        return HS_MOVE_LEFT;
    }
    *rel = c - 1 - HS_PARSE_NLABELS + 2;
    return HS_MOVE_RIGHT;
}

/* Encode a move and relation as a class (the inverse of hs_parse_move). */
static inline int hs_parse_class(int move, int rel)
{
    if (move == HS_MOVE_SHIFT)
        return HS_PARSE_SHIFT;
    if (move == HS_MOVE_LEFT)
        return 1 + rel - 2;
    return 1 + HS_PARSE_NLABELS + rel - 2;
}

/* The per-sentence working memory of the parser: the sentence's token
 * attributes (index n is ROOT), the stack, the buffer front and the partial
 * tree with the child summaries the features look at.  Every array has
 * room for n + 1 entries. */
typedef struct {
    uint32_t n;          /* tokens in the sentence */
    uint32_t cap;        /* allocated entries per array (>= n + 1) */
    uint64_t *word;      /* hashed normalised word form */
    uint8_t *pos;        /* HS_POS_* tag */
    int32_t *stack;      /* stack[0] is ROOT (= n) */
    uint32_t nstack;
    uint32_t b;          /* buffer front: tokens b..n-1 remain */
    int32_t *head;       /* head (sentence index, n = ROOT) or -1 */
    uint8_t *rel;        /* HS_DEP_* of the arc to the head */
    int32_t *lc1, *lc2;  /* leftmost and second-leftmost child, or -1 */
    int32_t *rc1, *rc2;  /* rightmost and second-rightmost child, or -1 */
    uint8_t *nl, *nr;    /* number of left / right children (saturating) */
} hs_pstate;

/* Make sure `s` has room for a sentence of `n` tokens; false on allocation
 * failure (the state is then unchanged and still valid). */
bool hs_pstate_reserve(hs_pstate *s, uint32_t n);
/* Free the arrays of `s` (not `s` itself). */
void hs_pstate_free(hs_pstate *s);
/* Start parsing tokens [tok0, tok1) of `d`: copy their words and tags into
 * `s` (which must have room for tok1 - tok0 tokens) and set up the initial
 * configuration. */
void hs_pstate_init(hs_pstate *s, const hs_doc *d, uint32_t tok0,
                    uint32_t tok1);
/* Reset `s` to the initial configuration, keeping the words and tags. */
void hs_pstate_restart(hs_pstate *s);
/* True when no move is left (the buffer is empty and only ROOT is on the
 * stack). */
static inline bool hs_pstate_done(const hs_pstate *s)
{
    return s->b >= s->n && s->nstack <= 1;
}
/* Which move kinds are legal now: legal[HS_MOVE_*]. */
void hs_pstate_legal(const hs_pstate *s, bool legal[3]);
/* Apply class `c` (which must be legal). */
void hs_pstate_apply(hs_pstate *s, int c);
/* Write the feature keys of the current configuration to keys[] (room for
 * HS_PARSE_MAXFEATS) and return how many there are. */
size_t hs_pstate_features(const hs_pstate *s, uint64_t *keys);
/* Dynamic oracle: cost[c] for every class c = the number of gold arcs
 * (gold_head[i], gold_rel[i]; head n is ROOT) that class c would make
 * unreachable, counting a wrong relation on a correct arc as one; illegal
 * classes get INT32_MAX.  Exact for projective gold trees. */
void hs_pstate_costs(const hs_pstate *s, const int32_t *gold_head,
                     const uint8_t *gold_rel, int32_t *cost);
/* The best-scoring legal class given scores[] for every class (computed
 * from the current features); the runtime and the trainer both use it. */
int hs_pstate_best(const hs_pstate *s, const float *scores);

/* Parse the sentence loaded in `s` to completion with model `m`. */
void hs_pstate_parse(hs_pstate *s, const hs_model *m);

/* The hashed word feature of a token text (normalised: ASCII lower case,
 * digits to 0, curly quotes and apostrophes to straight ones, dashes to
 * "--", the ellipsis to "..."). */
uint64_t hs_parse_word_id(const char *s, size_t len);

#endif /* HS_PARSE_H */
