/*
 * tag.h -- part-of-speech and named-entity tagging (tag.c).
 *
 * Both taggers are greedy left-to-right averaged perceptrons (perceptron.h)
 * over one sentence at a time, in the manner of Honnibal's "A good POS
 * tagger in about 200 lines": each token is classified from hashed
 * features of its own form, its neighbours' forms and the tags already
 * predicted to its left.  The entity tagger runs second and also sees the
 * predicted parts of speech; it predicts BIO classes (B-PER, I-PER, ...)
 * that are stored as the plain HS_NER_* class of each token.
 *
 * The feature functions are declared here because the trainer
 * (tools/train_tagger.c) must compute exactly the features the library
 * computes at run time.  Features depend only on token surface text
 * (normalised: curly quotes to PTB's `` '' ` ', dashes to --, ... ), the
 * spacing around the token and neighbouring tokens, so they work the same
 * on the library's tokens and on CoreNLP's silver tokens.
 */
#ifndef HS_TAG_H
#define HS_TAG_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "perceptron.h"

/* Most keys one token's feature function writes. */
#define HS_TAG_MAX_FEATS 48

/* Entity classes of the entity model: O, then B-/I- for each HS_NER_*
 * type: B-type = 2*type-1, I-type = 2*type. */
#define HS_BIO_COUNT (1 + 2 * (HS_NER_COUNT - 1))
#define HS_BIO_B(type) (2 * (type) - 1)
#define HS_BIO_I(type) (2 * (type))
#define HS_BIO_TYPE(bio) (((bio) + 1) / 2)

/* Token flags used by the features (HS_TW_*). */
enum {
    HS_TW_CAP    = 1u << 0,   /* first character is an upper-case letter */
    HS_TW_ALLCAP = 1u << 1,   /* has letters, no lower-case ones */
    HS_TW_DIGIT  = 1u << 2,   /* contains a digit */
    HS_TW_HYPHEN = 1u << 3,   /* contains '-' after its first character */
    HS_TW_ALPHA  = 1u << 4,   /* contains a letter */
    HS_TW_SPB    = 1u << 5,   /* whitespace (or text start) before */
    HS_TW_SPA    = 1u << 6,   /* whitespace (or text end) after */
    HS_TW_FIRST  = 1u << 7    /* first token of its sentence */
};

/* What the features need to know about one token, computed once per
 * token: hashes of its normalised form and of parts of it. */
typedef struct {
    uint64_t word;             /* normalised form, case kept */
    uint64_t lower;            /* normalised form, lower-cased */
    uint64_t shape;            /* Xxx, dd, X.X., ... */
    uint64_t pre1, pre2, pre3; /* prefixes of the lower-cased form */
    uint64_t suf1, suf2, suf3, suf4;
    uint64_t base;             /* lower-cased form without a verb prefix
                                  ("retook" -> "took"), else the form */
    uint64_t base_word;        /* that base hashed as `word`, for the tag
                                  dictionary; 0 when there is no prefix */
    uint32_t flags;            /* HS_TW_* */
    uint32_t cluster;          /* the token's word cluster (HS_CLUSTER_*) */
} hs_tag_word;

/* Describe tokens [tok0, tok1) of d (one sentence) into w[0 .. n). */
void hs_tag_words(const hs_doc *d, size_t tok0, size_t tok1, hs_tag_word *w);

/* Tag dictionaries: a word seen often in training with (nearly) always
 * the same tag gets that tag without scoring, in training and at run
 * time.  The dictionary lives in the model as one fixed-weight feature
 * per word (hs_trainer_set) under these keys: the part-of-speech key maps
 * to the word's tag, the entity key to O (class 0, stored as weight on
 * class 0). */
uint64_t hs_tag_pos_dict_key(const hs_tag_word *w);
uint64_t hs_tag_ner_dict_key(const hs_tag_word *w);
/* The dictionary class of key in model m, or -1 when it has none. */
int hs_tag_dict_lookup(const hs_model *m, uint64_t key);

/* Feature keys of the part-of-speech decision for token i of a sentence
 * of n tokens described by w; pos[0 .. i) are the tags already predicted.
 * Writes at most HS_TAG_MAX_FEATS keys and returns their number. */
size_t hs_tag_pos_features(const hs_tag_word *w, size_t n, size_t i,
                           const uint8_t *pos, uint64_t *keys);

/* Feature keys of the entity decision for token i: pos[0 .. n) are the
 * predicted parts of speech of the whole sentence, bio[0 .. i) the entity
 * classes (HS_BIO_*) already predicted. */
size_t hs_tag_ner_features(const hs_tag_word *w, size_t n, size_t i,
                           const uint8_t *pos, const uint8_t *bio,
                           uint64_t *keys);

/* Whether BIO class `bio` may follow class `prev` (I-X only after B-X or
 * I-X). */
static inline int hs_bio_allowed(int prev, int bio)
{
    return bio == 0 || (bio & 1) ||
           (prev != 0 && HS_BIO_TYPE(prev) == HS_BIO_TYPE(bio));
}

/* hs_tag() with explicit models (either may be NULL: then the fallback
 * heuristics are used); the trainer uses it to evaluate new models. */
int hs_tag_with(hs_doc *d, const hs_model *pos_model,
                const hs_model *ner_model, hs_error *err);

#endif /* HS_TAG_H */
