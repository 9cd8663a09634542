/*
 * attr.h -- attribution (stage 6): what its files share.
 *
 * The attribution stage is split by concern: attribute.c (the entry point
 * and the frames that put a cue, a source and a content together),
 * attr_cue.c, attr_source.c and attr_content.c (the span rules for each
 * part) and attr_tidy.c (the passes over the whole document afterwards).
 * They share one per-document working state, attr_ctx, a few small token
 * and tree helpers defined here, and the functions below, prefixed
 * hs_attr_, that one file calls in another.  Private to src/attr*.c.
 */
#ifndef HS_ATTR_H
#define HS_ATTR_H

#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "lexicon.h"
#include "tree.h"

/* Per-document working state: the tree as child lists and subtree spans. */
typedef struct {
    hs_doc *d;
    const hs_lexicons *lx;
    hs_tree tree;
    int32_t *first_child, *next_sib;   /* aliases into tree */
    int32_t *left, *right;
    uint8_t *is_cue;                   /* per token: cue head found */
    int8_t *cue_strength;              /* per token: hs_cues_detect()'s */
    uint8_t *weak_cue;                 /* per token: a weak cue (bit 1), held
                                          by an attribution (bit 2) */
    int32_t *run_on;                   /* per token: the infinitive's verb
                                          its cue runs on to, where the
                                          detector found that verb
                                          ("declined | to criticize"), or -1 */
    int32_t *q_open, *q_close;         /* per token: quote it opens/closes */
    int32_t *owner;                    /* per token: content it is in */
} attr_ctx;

/* ------------------------------------------------------------ helpers */

/* Is token i a horizontal bar or an em dash, which sign a quotation
 * ("“…” ― Jacklyn Ashley")? */
static inline bool is_signing_dash(const hs_doc *d, uint32_t i)
{
    return hs_tok_is(d, i, "\xE2\x80\x95") || hs_tok_is(d, i, "\xE2\x80\x94");
}

/* Is token i punctuation? */
static inline bool is_punct(const hs_doc *d, uint32_t i)
{
    return (d->toks[i].flags & HS_TF_PUNCT) != 0;
}

/* Is every token strictly between a and b punctuation (or none)? */
static inline bool only_punct_between(const hs_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a + 1; k < b; k++)
        if (!is_punct(d, (uint32_t)k))
            return false;
    return true;
}

/* Is token i a quotation mark that opens or closes a quotation? */
static inline bool is_quote_mark(const hs_doc *d, uint32_t i)
{
    return (d->toks[i].flags & HS_TF_QUOTE) && d->toks[i].quote_role != 0;
}

/* For each child k of token h, left to right. */
#define FOR_CHILDREN(c, h, k) HS_FOR_CHILDREN(&(c)->tree, h, k)

/* First child of h with relation rel, or -1. */
static inline int32_t child(const attr_ctx *c, int32_t h, int rel)
{
    return hs_tree_child(&c->tree, c->d, h, rel);
}

/* The lemma of token i as a verb cue in the lexicon, or "". */
static inline const char *cue_lemma(const attr_ctx *c, uint32_t i)
{
    const hs_token *t = &c->d->toks[i];
    const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(c->d, t), hs_tok_len(t), 'V');
    return e ? e->lemma : "";
}

/* Share of a verb form's occurrences in train that are cues (0 when the
 * lexicon does not know it). */
static inline double cue_share(const attr_ctx *c, int32_t i)
{
    const hs_token *t = &c->d->toks[i];
    const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(c->d, t), hs_tok_len(t), 'V');
    return e && e->seen ? (double)e->in_cue / (double)(e->seen + 1) : 0.0;
}

/* The code-point span of tokens [a,b]. */
static inline hs_span tok_span(const hs_doc *d, int32_t a, int32_t b)
{
    hs_span s = { d->toks[a].c0, d->toks[b].c1 };
    return s;
}

/* Is token i a verb (or a predicate adjective/noun with a copula)? */
static inline bool is_verbal(const hs_doc *d, int32_t i)
{
    uint8_t p = d->toks[i].pos;
    return (p >= HS_POS_VB && p <= HS_POS_VBZ) || p == HS_POS_MD;
}

/* Is token i a tensed verb form (VBD, VBZ, VBP): a clause's own verb,
 * not a participle or an infinitive? */
static inline bool is_tensed(const hs_doc *d, int32_t i)
{
    uint8_t p = d->toks[i].pos;
    return p == HS_POS_VBD || p == HS_POS_VBZ || p == HS_POS_VBP;
}

/* Is token i a finite verb, tensed or a modal: the verb of a clause of
 * its own? */
static inline bool is_finite(const hs_doc *d, int32_t i)
{
    return is_tensed(d, i) || d->toks[i].pos == HS_POS_MD;
}

/* Is token i a common noun? */
static inline bool is_noun(const hs_doc *d, int32_t i)
{
    uint8_t p = d->toks[i].pos;
    return p == HS_POS_NN || p == HS_POS_NNS;
}

/* Is lemma one of the words in the NULL-terminated list? */
static inline bool lemma_is(const char *lemma, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(lemma, *list) == 0)
            return true;
    return false;
}

/* ---------------------------------------------- the cue (attr_cue.c) */

extern const char *const hs_attr_medium_nouns[];
extern const char *const hs_attr_venue_nouns[];
void hs_attr_cue_range(const attr_ctx *c, int32_t v, int32_t *a, int32_t *b);
int32_t hs_attr_infinitive_cue(const attr_ctx *c, int32_t v);
void hs_attr_run_on_cues(attr_ctx *c);
int32_t hs_attr_light_verb_prep(const attr_ctx *c, int32_t v, int32_t xa, int32_t xb);
int32_t hs_attr_light_verb_that(const attr_ctx *c, int32_t v, int32_t xa);
int32_t hs_attr_made_clear(const attr_ctx *c, int32_t v);
int32_t hs_attr_document_participle(const attr_ctx *c, int32_t v);
bool hs_attr_passive_as(const attr_ctx *c, int32_t v, int32_t k);
void hs_attr_mark_quote_frames(attr_ctx *c);

/* ---------------------------------------- the source (attr_source.c) */
/* Is v a participle of a reduced passive "as" clause ("As reported by
 * Western Journalism, investigators found ...")?  Its agent is the
 * source, the clause it hangs on the content. */
bool hs_attr_as_passive(const attr_ctx *c, int32_t v);
bool hs_attr_reduced_relative(const attr_ctx *c, int32_t v);

bool hs_attr_is_year(const hs_doc *d, int32_t k);
bool hs_attr_experiencer_passive(const attr_ctx *c, int32_t v);
int32_t hs_attr_passive_agent(const attr_ctx *c, int32_t v);
bool hs_attr_agent_range(const attr_ctx *c, int32_t k, int32_t *a, int32_t *b);
bool hs_attr_is_raising(const attr_ctx *c, int32_t v);
/* The source phrase headed by token s for the cue verb v: s's subtree
 * without the verb's own words, a time phrase, a phrase set off by
 * commas, a participial aside or the end of a quotation; false when no
 * word is left. */
bool hs_attr_source_phrase(const attr_ctx *c, int32_t v, int32_t s, int32_t *a, int32_t *b);
/* Is cue verb v's "passive" a perfect the parser misread: "he’s | heralded
 * plans" ("’s" = has), a participle with an object after it? */
bool hs_attr_perfect_read_as_passive(const attr_ctx *c, int32_t v);
/* Is v, which the tagger did not read as a finite verb, the reporting
 * verb that ends a sentence after a quotation and a noun phrase ("“…,”
 * the IMF report | stated.") or after a clause, a comma and a noun phrase
 * ("..., the poll | found.")?  hs_attr_mark_quote_frames() marks the
 * first kind as cues. */
bool hs_attr_misread_tail_verb(const hs_doc *d, int32_t v);
bool hs_attr_inverted_after_comma(const attr_ctx *c, int32_t v, int32_t *sa, int32_t *sb,
                                  int32_t *xa, int32_t *xb);
bool hs_attr_find_source(const attr_ctx *c, int32_t v, int32_t *a, int32_t *b);
bool hs_attr_source_by_position(const attr_ctx *c, int32_t v, int32_t ca, int32_t *a, int32_t *b);
bool hs_attr_inverted_object_source(const attr_ctx *c, int32_t v, int32_t ca, int32_t cb,
                                    int32_t *a, int32_t *b);

/* -------------------------------------- the content (attr_content.c) */

void hs_attr_trim(const attr_ctx *c, int32_t *a, int32_t *b);
void hs_attr_close_quotes(const attr_ctx *c, int32_t *a, int32_t *b);
extern const char *const hs_attr_rel_pronouns[];
bool hs_attr_content_right(const attr_ctx *c, int32_t v, int32_t cue_end,
                           int32_t *a, int32_t *b);
bool hs_attr_content_left(const attr_ctx *c, int32_t v, int32_t src_a, int32_t *a,
                          int32_t *b);
void hs_attr_add_frag(hs_frags *f, hs_span s);
int32_t hs_attr_that_quote_after(const attr_ctx *c, int32_t i,
                                 int32_t *that_tok);
bool hs_attr_content_around(const attr_ctx *c, int32_t v, hs_frags *out);
bool hs_attr_content_between_commas(const attr_ctx *c, int32_t v, int32_t sa, hs_frags *out);
bool hs_attr_content_trailing(const attr_ctx *c, int32_t v, int32_t *a, int32_t *b);
int32_t hs_attr_quote_before(const attr_ctx *c, int32_t i);
int32_t hs_attr_quote_after(const attr_ctx *c, int32_t i);
int32_t hs_attr_quote_after_phrase(const attr_ctx *c, int32_t i, int32_t *colon);
void hs_attr_add_quote_chain(const attr_ctx *c, hs_frags *f, int32_t q);
void hs_attr_quote_lead_in(const attr_ctx *c, int32_t q, hs_frags *f);
bool hs_attr_rest_of_sentence(const attr_ctx *c, int32_t k, int32_t *a, int32_t *b);
bool hs_attr_content_around_adverb(const attr_ctx *c, int32_t v, hs_frags *out);
bool hs_attr_as_clause_host(const attr_ctx *c, int32_t v, int32_t *a, int32_t *b);
bool hs_attr_content_before_subject(const attr_ctx *c, int32_t v, int32_t ca, int32_t sa,
                                    int32_t sb, int32_t *a, int32_t *b);
bool hs_attr_that_clause_after(const attr_ctx *c, int32_t cv, int32_t cb, int32_t *a, int32_t *b);
int32_t hs_attr_wh_object(const attr_ctx *c, int32_t v, int32_t ca);

/* ------------------------------- whole-document passes (attr_tidy.c) */

void hs_attr_drop_nested(attr_ctx *c);

/* Drop the attributions of weak cues (scored under HS_CUE_MARGIN) whose
 * content gives no evidence of its own: no quotation, and no clause
 * opened by "that" or a wh-word. */
void hs_attr_drop_weak(attr_ctx *c);
/* A cue of telling whose content is only the one told ("told |
 * reporters") takes the clause its source follows ("..., a senior
 * official has told the BBC."), or goes. */
void hs_attr_recipient_is_no_content(attr_ctx *c);
void hs_attr_join_continuations(attr_ctx *c);
hs_span hs_attr_skip_heading(const hs_doc *d, hs_span s);
void hs_attr_cut_clause_sources(attr_ctx *c);
void hs_attr_cut_source_tails(hs_doc *d);
/* Close the parenthesis a source or content leaves open ("(R-Ga"). */
void hs_attr_close_brackets(hs_doc *d);
/* A source that opens a quotation keeps its closing mark when only a
 * comma lies between ("his co-star in “Night Shift,” | wrote"). */
void hs_attr_close_source_quotes(const attr_ctx *c);
void hs_attr_make_disjoint(hs_doc *d);
/* Drop an attribution whose cue lies inside another's longer cue, after
 * its "in", and whose content overlaps the other's: the medium of "said
 * in | a statement | that ..." read as a cue of its own.  The
 * attributions must be sorted by cue start. */
void hs_attr_drop_cue_in_cue(hs_doc *d);
/* End a content at a quotation followed by a comma and a participle. */
void hs_attr_cut_participle_after_quote(hs_doc *d);
/* Cut a source before a relative clause that holds another's cue. */
void hs_attr_cut_speaking_relatives(hs_doc *d);
void hs_attr_classify_kind(const attr_ctx *c, hs_attr_work *w);
/* Remember w's cue head, the cue word the detector trusted most, and its
 * strength, for the confidence facts (confidence.c) once the per-token
 * state is gone. */
void hs_attr_note_cue_head(const attr_ctx *c, hs_attr_work *w);

#endif
