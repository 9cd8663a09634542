/*
 * perceptron.h -- averaged perceptron over hashed features.
 *
 * Every learned component of hearsay (part-of-speech and entity tagger,
 * dependency parser, attribution scorers) is a linear model: a feature is a
 * 64-bit hash of a string such as "w=said" or "p-1=NNP|w=told", and a model
 * maps each feature to one weight per class.  Scoring a decision sums the
 * rows of its features.
 *
 * Training (tools/, never the library at run time) uses hs_trainer: the
 * classic averaged perceptron with lazy averaging.  hs_trainer_save() writes
 * the averaged, pruned, quantised weights as a blob; the blob is compiled
 * into the binary (models.c) and read back with hs_model_load() without
 * copying.  Blobs are byte-identical for identical training runs.
 */
#ifndef HS_PERCEPTRON_H
#define HS_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "hearsay.h"

/* ------------------------------------------------------------- features */

/* FNV-1a style 64-bit hash of `len` bytes, chained from `seed`.  Use
 * hs_feat_str() to hash a template id with a string value. */
uint64_t hs_feat_hash(uint64_t seed, const void *data, size_t len);
/* Feature for template `tmpl` (a small integer naming the template) with a
 * string value. */
uint64_t hs_feat_str(uint32_t tmpl, const char *s, size_t len);
/* Combine a feature key with another value (conjunctions). */
uint64_t hs_feat_mix(uint64_t key, uint64_t value);

/* ---------------------------------------------------------- inference */

typedef struct hs_model hs_model;

/* Read a model blob in place (it must outlive the model).  Returns NULL and
 * fills err (HS_ERR_MODEL) if the blob is malformed. */
hs_model *hs_model_load(const void *blob, size_t size, hs_error *err);
void hs_model_free(hs_model *m);
int hs_model_classes(const hs_model *m);
/* scores[c] += sum over keys of weight(key, c), for every class c. */
void hs_model_score(const hs_model *m, const uint64_t *keys, size_t nkeys,
                    float *scores);
/* For each key alone, the lowest class its weight makes positive, or -1
 * (an unknown key, or no positive weight), into first[]: the look-up of a
 * dictionary key (the taggers' word lists), batched like hs_model_score()
 * so that the cache misses of a sentence's look-ups overlap.  first[i] is
 * what scoring keys[i] by itself and taking the first class above zero
 * gives. */
void hs_model_first_positive(const hs_model *m, const uint64_t *keys, size_t nkeys,
                             int *first);

/* ------------------------------------------------------------ training */

typedef struct hs_trainer hs_trainer;

hs_trainer *hs_trainer_new(int nclasses);
void hs_trainer_free(hs_trainer *t);
/* Current (not averaged) weights; scores[] is overwritten. */
void hs_trainer_score(const hs_trainer *t, const uint64_t *keys,
                      size_t nkeys, float *scores);
/* One perceptron step: +1 to `truth`, -1 to `guess` for every key (no-op
 * when they are equal).  Call hs_trainer_tick() once per training instance
 * (update or not) so averaging counts it. */
void hs_trainer_update(hs_trainer *t, const uint64_t *keys, size_t nkeys,
                       int truth, int guess);
void hs_trainer_tick(hs_trainer *t);
/* Fix the weight of (key, cls) to the integer `weight` as if it had held
 * that value all along: its average is `weight`, and hs_trainer_save()
 * never prunes it (used for lookup tables such as a tag dictionary). */
void hs_trainer_set(hs_trainer *t, uint64_t key, int cls, int weight);
/* Average, drop features whose averaged weights are all below
 * `min_abs` in magnitude, and write the blob.  Returns 0 or -1 (errno;
 * ENOMEM also when an update or a fixed weight was lost to out of memory
 * during training, so that a model short of them is never written). */
int hs_trainer_save(hs_trainer *t, const char *path, float min_abs);

#endif /* HS_PERCEPTRON_H */
