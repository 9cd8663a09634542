/*
 * lexicon.h -- word lists compiled into the binary (data/lexicons/).
 *
 * Each list is a TAB-separated text file parsed once by the engine into a
 * read-only hash map from a lower-cased key to a record:
 *
 *   cues.txt    form, lemma, coarse POS, times in a gold cue, times seen
 *               (derived from PolNeAR train by tools/derive_cues.py)
 *   titles.txt  role words: "spokesman", "president" ...
 *   nouns.txt   nouns that say what a source is: titles before a name,
 *               heads of organisations, people, spokespeople, words
 *   places.txt  names of places, organisations and well-known businesses
 *               with their canonical name, type, role and affiliation
 *               ("kyiv" -> Ukraine, "exxon" -> ExxonMobil)
 *   acts.txt    speech-act cues: lemma -> act, and content markers
 *   names.txt   given names and their usual gender
 *   clusters.txt word clusters from GloVe vectors (tools/derive-clusters.js)
 */
#ifndef HS_LEXICON_H
#define HS_LEXICON_H

#include "internal.h"

typedef struct hs_lexicons hs_lexicons;

typedef struct {
    const char *lemma;
    char cpos;              /* 'V' verb, 'N' noun, 'O' other */
    uint32_t in_cue, seen;
} hs_cue_entry;

/* What a gazetteer key names, from places.txt's last column. */
typedef enum {
    HS_PLACE_NAME,          /* "-": the name itself ("Ukraine", "Pentagon") */
    HS_PLACE_DEMONYM,       /* the adjective of the place ("Ukrainian") */
    HS_PLACE_CAPITAL,       /* a capital that names its country as a speaker */
    HS_PLACE_COMPANY        /* a business's name, a name only without "the"
                             * and not opening a longer name ("Amazon") */
} hs_place_kind;

typedef struct {
    const char *name;       /* canonical name */
    hs_entity_type type;
    const char *role;       /* or NULL */
    const char *affiliation;/* or NULL */
    hs_place_kind kind;
} hs_place_entry;

/* Is p a demonym or a capital: a word standing for a place other than its
 * plain name ("Ukrainian", "Moscow" as a speaker)? */
static inline bool hs_place_marked(const hs_place_entry *p)
{
    return p->kind == HS_PLACE_DEMONYM || p->kind == HS_PLACE_CAPITAL;
}

typedef struct {
    const char *key;        /* lemma or marker word */
    hs_act act;
    bool content_marker;    /* applies when the word is in the content */
} hs_act_entry;

hs_lexicons *hs_lexicons_load(hs_error *err);
void hs_lexicons_free(hs_lexicons *lx);

/* Look-ups by word (any case; `n` bytes).  NULL when absent.  For cues,
 * cpos selects the coarse part of speech ('V', 'N', 'O'). */
const hs_cue_entry *hs_lex_cue(const hs_lexicons *lx, const char *w, size_t n,
                               char cpos);
bool hs_lex_title(const hs_lexicons *lx, const char *w, size_t n);

/* Kinds of noun in nouns.txt, as bits. */
enum {
    HS_NOUN_TITLE = 1,      /* T: before a name ("Mr.", "Chancellor") */
    HS_NOUN_ORG = 2,        /* O: heads an organisation ("army") */
    HS_NOUN_PERSON = 4,     /* P: a person or people ("officials") */
    HS_NOUN_FOR = 8,        /* S: speaks for someone ("supporters") */
    HS_NOUN_WORDS = 16,     /* W: a person's words ("statement") */
    HS_NOUN_RECORD = 32,    /* R: a record of findings ("poll", "analysis") */
    HS_NOUN_NATIONAL = 64   /* N: heads a national office ("president") */
};
/* The HS_NOUN_* bits of a word, 0 when it is in none of the lists. */
unsigned hs_lex_noun(const hs_lexicons *lx, const char *w, size_t n);
const hs_place_entry *hs_lex_place(const hs_lexicons *lx, const char *w, size_t n);
const hs_act_entry *hs_lex_act(const hs_lexicons *lx, const char *w, size_t n,
                               bool content_marker);

/* Usual gender of a given name of names.txt (the words that open a
 * person's name): 'M', 'F', or 0 when it is none. */
char hs_lex_name_gender(const hs_lexicons *lx, const char *w, size_t n);
/* The same, else from given-names.txt (birth counts, thousands of names):
 * for a person's gender only. */
char hs_lex_given_gender(const hs_lexicons *lx, const char *w, size_t n);

/* The word cluster of a form (ASCII case and digits folded, typographic
 * quotes and dashes as ASCII): HS_CLUSTER_CODE(fine, coarse), or
 * HS_CLUSTER_NONE for a form outside the list. */
uint16_t hs_lex_cluster(const hs_lexicons *lx, const char *w, size_t n);
/* The same in three steps, for batches whose table misses overlap: the
 * form's key (0: no key, the form is too long or empty), a prefetch of
 * its slot, and its cluster. */
uint64_t hs_lex_cluster_key(const char *w, size_t n);
void hs_lex_cluster_prefetch(const hs_lexicons *lx, uint64_t key);
uint16_t hs_lex_cluster_of(const hs_lexicons *lx, uint64_t key);

/* Lower-case ASCII and fold ’ to ' into buf (size cap); returns length, or
 * 0 when the word does not fit. */
size_t hs_lex_fold(const char *w, size_t n, char *buf, size_t cap);

#endif
