/*
 * lexicon.h -- word lists compiled into the binary (data/lexicons/).
 */
#ifndef HS_LEXICON_H
#define HS_LEXICON_H

#include "internal.h"

typedef struct hs_lexicons hs_lexicons;

hs_lexicons *hs_lexicons_load(hs_error *err);
void hs_lexicons_free(hs_lexicons *lx);

#endif
