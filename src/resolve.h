/*
 * resolve.h -- speakers (the resolve stage): what its files share.
 *
 * The resolve stage is split by concern: resolve.c (the pass over the
 * document that decides each attribution's speaker), resolve_names.c
 * (named mentions become entities), resolve_roles.c (a speaker's role
 * and affiliation), resolve_describe.c (whom a description names: "the
 * senator", "a spokesman for the FBI", "his campaign", names joined by
 * "and") and resolve_pronouns.c (whom "he", "it", "they", an op-ed's "I"
 * and an interview's "A:" stand for).  They share one per-document
 * working state, resolve_ctx, a few small token tests defined here, and
 * the functions below, prefixed hs_res_, that one file calls in another.
 * Private to src/resolve*.c.
 */
#ifndef HS_RESOLVE_H
#define HS_RESOLVE_H

#include <stdbool.h>
#include <stdint.h>

#include "internal.h"
#include "lexicon.h"

/* How many recent subjects resolve_ctx keeps (recent[]). */
#define HS_RES_RECENT 6

/* How many tokens back a search that may span an article looks (a
 * definite description for its post's holder, a title word said before
 * a name), so that it stays bounded whatever the document's length. */
#define HS_RES_ARTICLE_REACH 4000

/* Entity e to the front of ring[0..n), the latest first, once: moved up
 * when it is there, else the oldest dropped; nothing when e < 0.  The
 * unused slots, -1, stay at the end.  resolve_pronouns.c */
void hs_res_ring_push(int32_t *ring, int n, int32_t e);

/* Per-document working state of the pass. */
typedef struct {
    hs_doc *d;
    const hs_lexicons *lx;
    hs_strmap names;        /* lower-cased name -> entity index */
    char **keys;            /* owned keys of `names` */
    size_t nkeys;
    int32_t last_person, last_thing;  /* latest entity of each kind */
    int32_t last_subject;             /* latest person that spoke or was a
                                         subject, outside quotations */
    int32_t recent[HS_RES_RECENT];    /* the latest such persons, newest
                                         first, for gender agreement
                                         (hs_res_ring_push) */
    int32_t reported_subject;         /* latest person that was a subject
                                         in a reported clause, outside
                                         quotations ("..., James bought
                                         the gun"), and ... */
    uint32_t reported_tok;            /* ... the last token of its name */
    uint32_t author0, author1;        /* the name of an op-ed's author
                                         line, or author0 == author1 */
    bool letters;                     /* a page of readers' letters, each
                                         signed by a name alone */
    bool interview;                   /* a transcript of "Q:" and "A:"
                                         paragraphs */
    int32_t asked;                    /* its interviewee or NONE, once
                                         looked up (asked_known) */
    bool asked_known;
    int32_t asking;                   /* its interviewers or NONE, once
                                         looked up (asking_known) */
    bool asking_known;
    bool first_person;                /* the speaker just decided is the
                                         author's "I": no antecedent for
                                         a later "he" */
    bool title_case_head;             /* the first paragraph is a Title
                                         Case headline */
    int32_t last_place_speaker;       /* latest place that spoke */
    int32_t last_thing_speaker;       /* latest organisation or place
                                         that spoke */
    int32_t described_one;            /* latest one person described with
                                         "a"/"an" as a source ("A Hamas
                                         official said"), or -1 */
    uint32_t described_one_para;      /* the paragraph of that source */
    int32_t last_group_speaker;       /* latest people described in the
                                         plural that spoke ("Republicans") */
    bool group_spoke_last;            /* ... and after last_thing_speaker */
    const char *src_end;              /* per token: some attribution's
                                         source ends there */
    const int32_t *content_of;        /* per token: the attribution whose
                                         content holds it, or -1 */
    int32_t *source_speaker;          /* per token: the speaker of the
                                         source it lies in, once decided,
                                         or -1 */
    uint32_t *described;              /* per attribution, two tokens: the
                                         description [a, b) its source is
                                         read as, for a person found by
                                         it; a == b when none */
} resolve_ctx;

/* Entity look-ups return an index, NONE or NOMEM. */
#define NONE (-1)
#define NOMEM (-2)

/* ------------------------------------------------------------ helpers */

/* Is token t of part of speech p? */
static inline bool is_pos(const hs_token *t, int p) { return t->pos == p; }
/* Is token t a noun (NN, NNS, NNP or NNPS)? */
static inline bool is_noun(const hs_token *t) { return t->pos >= HS_POS_NN && t->pos <= HS_POS_NNPS; }

/* Whether token i can be a word of a name: a capitalised proper noun,
 * or a word opened by an Arabic article in lower case ("el-Sissi",
 * "al-Assad"), which the tagger reads as anything. */
static inline bool name_word(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    if (t->flags & HS_TF_PUNCT)
        return false;
    if (t->flags & HS_TF_UPPER)
        return t->pos == HS_POS_NNP || t->pos == HS_POS_NNPS;
    const char *w = hs_tok_str(d, t);     /* (whatever the tagger read) */
    return hs_tok_len(t) > 3 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-' &&
           w[3] >= 'A' && w[3] <= 'Z';
}

/* Is token i the writer's or speaker's "I", "me" or "my"? */
static inline bool first_person_word(const hs_doc *d, uint32_t i)
{
    static const char *const words[] = { "i", "me", "my", NULL };
    return hs_tok_in(d, i, words);
}

/* Is token i an owner's "'s", however the tagger read it ("America's
 * biggest bank" with "'s" as a verb)? */
static inline bool possessive(const hs_doc *d, uint32_t i)
{
    return is_pos(&d->toks[i], HS_POS_POS) || hs_tok_is(d, i, "'s") ||
           hs_tok_is(d, i, "\xE2\x80\x99s");
}

/* Is token i a dash ("-", "--", or an en or em dash)? */
static inline bool dash(const hs_doc *d, uint32_t i)
{
    static const char *const dashes[] = { "-", "--", "\xE2\x80\x93", "\xE2\x80\x94", NULL };
    return hs_tok_in(d, i, dashes);
}

/* Is token i a noun of one of the kinds in `kinds` (HS_NOUN_* bits,
 * data/lexicons/nouns.txt)? */
static inline bool noun_is(const hs_doc *d, uint32_t i, unsigned kinds)
{
    const hs_token *t = &d->toks[i];
    return (hs_lex_noun(d->eng->lex, hs_tok_str(d, t), hs_tok_len(t)) & kinds) != 0;
}

/* Is token i a personal pronoun of the third person singular ("he",
 * "her", "his")? */
static inline bool is_pronoun_person(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "he", "she", "him", "her", "his", "hers", NULL };
    return hs_tok_in(d, i, p);
}

/* Is token i a feminine pronoun ("she", "her", "hers")? */
static inline bool is_feminine(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "she", "her", "hers", NULL };
    return hs_tok_in(d, i, p);
}

/* Is token i "it" or "they" in any case ("its", "them", "their")? */
static inline bool is_pronoun_thing(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "it", "its", "they", "them", "their", NULL };
    return hs_tok_in(d, i, p);
}

/* Is token i a relative pronoun ("which", "who", "that", "whom",
 * "whose")? */
static inline bool is_relative(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "which", "who", "that", "whom", "whose", NULL };
    return hs_tok_in(d, i, p);
}

/* ------------------------------------------------ across the stage */

/* resolve_names.c */
char *hs_res_tokens_text(const hs_doc *d, uint32_t a, uint32_t b);
int32_t hs_res_find_entity(const resolve_ctx *r, const char *name);
int32_t hs_res_new_entity(resolve_ctx *r, const char *name, hs_entity_type type);
bool hs_res_add_mention(hs_doc *d, int32_t e, hs_span s);
const hs_place_entry *hs_res_gazetteer(const resolve_ctx *r, uint32_t a, uint32_t b);
bool hs_res_title_before(const hs_doc *d, uint32_t i);
bool hs_res_title_word(const resolve_ctx *r, uint32_t i);
bool hs_res_role_word(const resolve_ctx *r, uint32_t i);
bool hs_res_party_member(const hs_doc *d, uint32_t i);
const hs_place_entry *hs_res_nationals_of(const resolve_ctx *r, uint32_t i);
bool hs_res_kin_word(const hs_doc *d, uint32_t i);
bool hs_res_tie_word(const hs_doc *d, uint32_t i);
bool hs_res_person_noun(const resolve_ctx *r, uint32_t i);
bool hs_res_knowing_word(const hs_doc *d, uint32_t i);
bool hs_res_anyone_noun(const hs_doc *d, uint32_t i);
bool hs_res_party_word(const hs_doc *d, uint32_t i);
int32_t hs_res_entity_for_name(resolve_ctx *r, uint32_t a, uint32_t b, hs_entity_type type,
                               const char *canonical);
int32_t hs_res_person_by_surname(resolve_ctx *r, uint32_t i);
int32_t hs_res_mention_at(resolve_ctx *r, uint32_t i, uint32_t *end, bool as_speaker);
bool hs_res_subject_name(const resolve_ctx *r, uint32_t k);
void hs_res_guess_gender(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end);
bool hs_res_full_names_from_text(resolve_ctx *r);
bool hs_res_opens_with_word(const char *name, const char *w);

/* resolve_roles.c */
void hs_res_take_role(resolve_ctx *r, int32_t e, uint32_t a, uint32_t b, uint32_t n0,
                      uint32_t n1);
bool hs_res_role_has_word(const char *role, const char *w, size_t n);
void hs_res_title_before_name(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end);
void hs_res_appositive_role(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end);
bool hs_res_national_affiliations(resolve_ctx *r);
bool hs_res_doctors(resolve_ctx *r);

/* Is the last word of name one of words (exactly, case counts)? */
bool hs_res_last_word_in(const char *name, const char *const *words);

/* Is name a party's ("Republican Party", "Peoples Democratic Party")? */
bool hs_res_party_name(const char *name);

/* Is name a public body's, by its last word ("Federal Aviation
 * Administration", "State Department"), which no business is? */
bool hs_res_public_body(const char *name);

/* resolve_describe.c */
bool hs_res_nationality_noun(const hs_doc *d, uint32_t i);
bool hs_res_quantity_word(const hs_doc *d, uint32_t i);
bool hs_res_verb_after_head(const hs_doc *d, uint32_t a, uint32_t b, uint32_t h, uint32_t i);
uint32_t hs_res_head_noun(const hs_doc *d, uint32_t a, uint32_t b, uint32_t *start);
int32_t hs_res_described_entity(resolve_ctx *r, uint32_t s, uint32_t e, uint32_t head);
int32_t hs_res_described_by(resolve_ctx *r, uint32_t s, uint32_t e, uint32_t head, bool who);
int32_t hs_res_speaking_for(resolve_ctx *r, uint32_t a, uint32_t h, int32_t best,
                            uint32_t n1);
int32_t hs_res_employer_noun(const resolve_ctx *r, uint32_t a, uint32_t n0);
int32_t hs_res_working_for(resolve_ctx *r, uint32_t a, int32_t best, uint32_t n0,
                           uint32_t b);
bool hs_res_premodifier(const hs_token *t);
int32_t hs_res_of_a_place(resolve_ctx *r, uint32_t s, uint32_t h, uint32_t b, int32_t best,
                          uint32_t n0);
int32_t hs_res_partisans_of(resolve_ctx *r, uint32_t s, uint32_t h, uint32_t b);
bool hs_res_demonym_affiliation(resolve_ctx *r, int32_t e, uint32_t s, uint32_t h);
int32_t hs_res_person_by_post(resolve_ctx *r, uint32_t a, uint32_t h);
int32_t hs_res_person_described(resolve_ctx *r, uint32_t a, uint32_t h);
int32_t hs_res_org_by_head(resolve_ctx *r, uint32_t a, uint32_t b);
int32_t hs_res_owned_body_before(resolve_ctx *r, uint32_t a, uint32_t b);
int32_t hs_res_org_by_kind(resolve_ctx *r, uint32_t a, uint32_t b);
/* "The Justice Department ... welcomed the ruling.  A spokesperson
 * said": a bare spokesperson source [a, b) read as entity e ("A
 * spokesperson", or "A spokeswoman, Kelly Nantel," named; or a person
 * whose role is a company officer's title alone, "Chief Executive
 * Satya Nadella", for a body that is an organisation) speaks for
 * the organisation or place that spoke last, when it spoke after every
 * person and at most SPOKESPERSON_REACH bytes back; e then gets it as
 * its affiliation.  False only when out of memory. */
bool hs_res_spokesperson_of_last_body(resolve_ctx *r, int32_t e, uint32_t a, uint32_t b);
bool hs_res_names_someone(resolve_ctx *r, uint32_t i);
int32_t hs_res_people_together(resolve_ctx *r, const int32_t *who, int n, const char *rest);
int32_t hs_res_named_together(resolve_ctx *r, uint32_t a, uint32_t b, bool spoke);
int32_t hs_res_appositive_person(const resolve_ctx *r, uint32_t a);
int32_t hs_res_owned_by(resolve_ctx *r, uint32_t a, uint32_t b);
bool hs_res_names_one(const resolve_ctx *r, uint32_t k, uint32_t b);
uint32_t hs_res_office_end(const hs_doc *d, uint32_t h, uint32_t b);
uint32_t hs_res_description_end(const hs_doc *d, uint32_t h, uint32_t b);
uint32_t hs_res_modifiers_end(const resolve_ctx *r, uint32_t h, uint32_t b);
bool hs_res_participle_phrase(const hs_doc *d, uint32_t i);
bool hs_res_outside_word(const hs_doc *d, uint32_t i);

/* resolve_pronouns.c */
int32_t hs_res_thing_antecedent(resolve_ctx *r, uint32_t a);
int32_t hs_res_pair_antecedent(resolve_ctx *r, uint32_t a, uint32_t b);
int32_t hs_res_share_of_group(resolve_ctx *r, uint32_t a);
bool hs_res_placeholder_it(const hs_doc *d, uint32_t i);
bool hs_res_day_or_month(const hs_doc *d, uint32_t i);
int32_t hs_res_pronoun_person(resolve_ctx *r, uint32_t i);
/* The people last spoken of, latest first (HS_RES_PEOPLE of them, -1
 * where fewer, kept by hs_res_ring_push): what a pronoun inside what was
 * said is read against. */
#define HS_RES_PEOPLE 8
int32_t hs_res_content_pronoun(const hs_doc *d, const int32_t *people, uint32_t i);
void hs_res_find_author(resolve_ctx *r);
bool hs_res_letter_signer(const resolve_ctx *r, uint32_t i, uint32_t *a, uint32_t *b);
bool hs_res_find_interview(const hs_doc *d);
bool hs_res_interview_speaker(resolve_ctx *r, uint32_t a, uint32_t b, int32_t *who);
uint32_t hs_res_cataphor_end(const hs_doc *d, uint32_t i);

#endif
