/*
 * confidence.h -- the confidence of each attribution (confidence.c): a
 * logistic model over yes/no facts about it, shared by the library and
 * the tool that fits it (tools/fit_confidence.c).
 */
#ifndef HS_CONFIDENCE_H
#define HS_CONFIDENCE_H

#include "internal.h"

/* The facts, by name as data/models/confidence.txt spells them.  One of
 * each group (kind, cue strength, head class, ...) holds at a time. */
#define HS_CONF_LIST(X) \
    X(BIAS, "bias") \
    X(DIRECT, "kind=direct") X(MIXED, "kind=mixed") X(INDIRECT, "kind=indirect") \
    X(NO_CUE, "cue=none") X(CUE_SURE, "cue=sure") X(CUE_RULE, "cue=rule") \
    X(CUE_WEAK_LOW, "cue=weak<0") X(CUE_WEAK, "cue=weak") \
    X(CUE_8, "cue=8..20") X(CUE_20, "cue=20..40") X(CUE_40, "cue=40..80") \
    X(CUE_80, "cue=80+") \
    X(HEAD_VERB, "head=verb") X(HEAD_NOUN, "head=noun") \
    X(HEAD_OTHER, "head=other") X(HEAD_PUNCT, "head=punct") \
    X(SHARE_NONE, "share=unseen") X(SHARE_05, "share<0.05") \
    X(SHARE_20, "share<0.2") X(SHARE_50, "share<0.5") \
    X(SHARE_80, "share<0.8") X(SHARE_100, "share>=0.8") \
    X(CUE_QUOTED, "cue-in-quotation") \
    X(SRC_NONE, "source=none") X(SRC_PRONOUN, "source=pronoun") \
    X(SRC_NAME, "source=name") X(SRC_OTHER, "source=other") \
    X(DIRECT_NO_SRC, "direct,no-source") X(MIXED_NO_SRC, "mixed,no-source") \
    X(INDIRECT_NO_SRC, "indirect,no-source") \
    X(NO_SPEAKER, "speaker=none") \
    X(WORDS_3, "words<=3") X(WORDS_8, "words<=8") X(WORDS_20, "words<=20") \
    X(WORDS_40, "words<=40") X(WORDS_MORE, "words>40") \
    X(FRAGMENTS, "fragments") X(HEADLINE, "headline") \
    X(OPENS_THAT, "content=that...") X(OPENS_QUOTE, "content=quotation...") \
    X(OPENS_TO, "content=to...") X(OPENS_OTHER, "content=other") \
    X(NO_VERB, "content-without-verb") X(SOURCE_AFTER, "source-after-cue") \
    X(SPK_PERSON, "speaker=person") X(SPK_ORG, "speaker=org") \
    X(SPK_PLACE, "speaker=place") X(SPK_OTHER, "speaker=other") \
    X(ACT_OTHER, "act=not-say") X(CUE_WORDS, "cue-of-several-words")

#define HS_X_ENUM(name, str) HS_CONF_##name,
enum { HS_CONF_LIST(HS_X_ENUM) HS_CONF_COUNT };
#undef HS_X_ENUM
extern const char *const hs_conf_names[HS_CONF_COUNT];

/* At most this many facts hold for one attribution. */
#define HS_CONF_MAX_ACTIVE HS_ATTR_MAX_FACTS

/* Read the embedded weights `name` ("models/confidence.txt",
 * "models/weak.txt") into w[HS_CONF_COUNT] (all 0 when there is no such
 * file: every probability 0.5).  0, or -1 with err filled. */
int hs_conf_load(const char *name, float *w, hs_error *err);

/* The weak-cue selector: a weak cue's attribution whose content does not
 * vouch for it is kept when the probability the selector gives it of
 * being found (paired with a gold one) is at least this. */
#define HS_WEAK_KEEP 0.6f

/* The facts that hold for attribution w of d, as indexes into f[]
 * (HS_CONF_MAX_ACTIVE of room); returns how many. */
size_t hs_conf_features(const hs_doc *d, const hs_attr_work *w, int *f);

/* The logistic of the summed weights of facts f[0..n). */
float hs_conf_score(const float *weights, const int *f, size_t n);

#endif
