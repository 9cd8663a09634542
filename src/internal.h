/*
 * internal.h -- the document object every pipeline stage annotates.
 *
 * Text flows one way (see docs/architecture.md):
 *
 *   text.c      bytes -> validated UTF-8, code-point offsets
 *   lex.c       -> tokens, paragraphs, sentences
 *   tag.c       -> part-of-speech and entity tags   (learned, perceptron.c)
 *   parse.c     -> dependency structure             (learned, perceptron.c)
 *   quotes.c    -> quotation spans
 *   attribute.c -> attributions: cue, source, content
 *   sources.c   -> which phrase is each source      (learned, perceptron.c)
 *   bounds.c    -> where each content and source ends (learned)
 *   resolve.c   -> entities, coreference, speakers  (with resolve_*.c)
 *   act.c       -> speech act of each attribution
 *   engine.c    runs the stages; render_*.c write JSON, brat, text.
 *
 * Each stage reads what earlier stages wrote into hs_doc and adds its own
 * layer; none reaches into another's internals.  Everything a document
 * allocates is owned by its hs_doc and freed with it.
 */
#ifndef HS_INTERNAL_H
#define HS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "hearsay.h"

/* ---------------------------------------------------------------- tagsets */

/* Penn Treebank part-of-speech tags, as CoreNLP writes them (the silver
 * layer we learn from).  X-macro: HS_POS_NN etc., and hs_pos_names[]. */
#define HS_POS_LIST(X) \
    X(NONE, "?")   X(CC, "CC")     X(CD, "CD")     X(DT, "DT")     \
    X(EX, "EX")    X(FW, "FW")     X(IN, "IN")     X(JJ, "JJ")     \
    X(JJR, "JJR")  X(JJS, "JJS")   X(LS, "LS")     X(MD, "MD")     \
    X(NN, "NN")    X(NNS, "NNS")   X(NNP, "NNP")   X(NNPS, "NNPS") \
    X(PDT, "PDT")  X(POS, "POS")   X(PRP, "PRP")   X(PRPS, "PRP$") \
    X(RB, "RB")    X(RBR, "RBR")   X(RBS, "RBS")   X(RP, "RP")     \
    X(SYM, "SYM")  X(TO, "TO")     X(UH, "UH")     X(VB, "VB")     \
    X(VBD, "VBD")  X(VBG, "VBG")   X(VBN, "VBN")   X(VBP, "VBP")   \
    X(VBZ, "VBZ")  X(WDT, "WDT")   X(WP, "WP")     X(WPS, "WP$")   \
    X(WRB, "WRB")  X(COMMA, ",")   X(PERIOD, ".")  X(COLON, ":")   \
    X(LQUOTE, "``") X(RQUOTE, "''") X(LRB, "-LRB-") X(RRB, "-RRB-") \
    X(DOLLAR, "$") X(HASH, "#")

#define HS_X_ENUM(name, str) HS_POS_##name,
enum { HS_POS_LIST(HS_X_ENUM) HS_POS_COUNT };
#undef HS_X_ENUM
extern const char *const hs_pos_names[HS_POS_COUNT];
/* Tag id for a CoreNLP tag name, or HS_POS_NONE. */
int hs_pos_from_name(const char *name);

/* Named-entity classes (CoreNLP's CoNLL classes; numeric and temporal
 * classes collapse to NONE/OTHER as attribution does not need them). */
enum { HS_NER_O, HS_NER_PERSON, HS_NER_ORG, HS_NER_LOC, HS_NER_MISC,
       HS_NER_COUNT };

/* Universal Dependencies v1 relations, as CoreNLP's basic dependencies. */
#define HS_DEP_LIST(X) \
    X(NONE, "?") X(ROOT, "root") X(ACL, "acl") X(ACL_RELCL, "acl:relcl") \
    X(ADVCL, "advcl") X(ADVMOD, "advmod") X(AMOD, "amod") \
    X(APPOS, "appos") X(AUX, "aux") X(AUXPASS, "auxpass") X(CASE, "case") \
    X(CC, "cc") X(CC_PRECONJ, "cc:preconj") X(CCOMP, "ccomp") \
    X(COMPOUND, "compound") X(COMPOUND_PRT, "compound:prt") \
    X(CONJ, "conj") X(COP, "cop") X(CSUBJ, "csubj") \
    X(CSUBJPASS, "csubjpass") X(DEP, "dep") X(DET, "det") \
    X(DET_PREDET, "det:predet") X(DISCOURSE, "discourse") \
    X(DOBJ, "dobj") X(EXPL, "expl") X(IOBJ, "iobj") X(MARK, "mark") \
    X(MWE, "mwe") X(NEG, "neg") X(NMOD, "nmod") X(NMOD_NPMOD, "nmod:npmod") \
    X(NMOD_POSS, "nmod:poss") X(NMOD_TMOD, "nmod:tmod") \
    X(NSUBJ, "nsubj") X(NSUBJPASS, "nsubjpass") X(NUMMOD, "nummod") \
    X(PARATAXIS, "parataxis") X(PUNCT, "punct") X(XCOMP, "xcomp")

#define HS_X_ENUM(name, str) HS_DEP_##name,
enum { HS_DEP_LIST(HS_X_ENUM) HS_DEP_COUNT };
#undef HS_X_ENUM
extern const char *const hs_dep_names[HS_DEP_COUNT];
int hs_dep_from_name(const char *name);

/* ----------------------------------------------------------------- tokens */

/* Token flags (lex.c and quotes.c). */
enum {
    HS_TF_PUNCT      = 1u << 0,   /* no letter or digit */
    HS_TF_UPPER      = 1u << 1,   /* first letter is upper case */
    HS_TF_ALLCAPS    = 1u << 2,
    HS_TF_DIGIT      = 1u << 3,   /* contains a digit */
    HS_TF_QUOTE      = 1u << 4,   /* a quotation mark (see quote field) */
    HS_TF_PARA_START = 1u << 5,   /* first token of a paragraph */
    HS_TF_SENT_START = 1u << 6,   /* first token of a sentence */
    HS_TF_SPACE_BEFORE = 1u << 7, /* whitespace precedes the token */
    HS_TF_LINE_START = 1u << 8    /* first token on its line */
};

/* Quotation-mark kinds a token may be (lex.c): the glyph family and which
 * way it can face.  quotes.c decides the actual role. */
enum {
    HS_Q_NONE = 0,
    HS_Q_DOUBLE_STRAIGHT,   /* "  */
    HS_Q_DOUBLE_OPEN,       /* “ „ */
    HS_Q_DOUBLE_CLOSE,      /* ” */
    HS_Q_SINGLE_STRAIGHT,   /* '  at a word edge */
    HS_Q_SINGLE_OPEN,       /* ‘ */
    HS_Q_SINGLE_CLOSE,      /* ’  at a word edge */
    HS_Q_GUILLEMET_OPEN,    /* « (or » in some languages) */
    HS_Q_GUILLEMET_CLOSE    /* » */
};

/* Word clusters (data/lexicons/clusters.txt): a fine class of similar
 * words (fewer than HS_CLUSTER_FINE; the list has 512) and a coarse class
 * of fine ones, packed in a token's `cluster`; 0 for a word outside the
 * list. */
#define HS_CLUSTER_FINE 1000
#define HS_CLUSTER_COARSE 64
#define HS_CLUSTER_NONE 0
#define HS_CLUSTER_CODE(fine, coarse) \
    ((uint16_t)(1 + (fine) * HS_CLUSTER_COARSE + (coarse)))
/* The fine and coarse class of a code, 0 for none, else 1 + the class. */
#define HS_CLUSTER_FINE_OF(code) \
    ((code) ? 1 + ((code) - 1) / HS_CLUSTER_COARSE : 0)
#define HS_CLUSTER_COARSE_OF(code) \
    ((code) ? 1 + ((code) - 1) % HS_CLUSTER_COARSE : 0)

typedef struct {
    uint32_t b0, b1;       /* byte range in doc->text */
    uint32_t c0, c1;       /* code-point range */
    uint32_t flags;        /* HS_TF_* */
    uint32_t sent;         /* sentence index */
    uint32_t para;         /* paragraph index */
    uint8_t quote;         /* HS_Q_* glyph kind */
    int8_t quote_role;     /* quotes.c: +1 opens, -1 closes, 0 none */
    uint16_t quote_depth;  /* quotes.c: nesting depth inside quotations */
    uint8_t pos;           /* HS_POS_* (tag.c) */
    uint8_t ner;           /* HS_NER_* (tag.c), IOB-less class */
    uint8_t deprel;        /* HS_DEP_* (parse.c) */
    uint16_t cluster;      /* word cluster (lex.c), HS_CLUSTER_* */
    int32_t head;          /* index of the head token in the doc, -1 root */
} hs_token;

typedef struct {
    uint32_t tok0, tok1;   /* token range [tok0, tok1) */
    uint32_t para;
} hs_sentence;

typedef struct {
    uint32_t tok0, tok1;
} hs_paragraph;

/* A quotation: from its opening mark to its closing mark inclusive. */
typedef struct {
    uint32_t open_tok, close_tok;   /* token indexes of the marks */
    uint32_t c0, c1;                /* code-point range, marks included */
    bool closed;                    /* false: unclosed, ran to para end */
    bool runs_on;                   /* unclosed, continued by the quote
                                       that opens the next paragraph */
    int32_t continues;              /* index of the quote (in the
                                       previous paragraph) it continues,
                                       or -1 */
    int32_t continued_by;           /* index of the quote continuing it
                                       in the next paragraph, or -1 */
} hs_quote;

/* A multi-fragment span (content may be discontinuous). */
#define HS_MAX_FRAGS 8
typedef struct {
    uint32_t n;
    hs_span frag[HS_MAX_FRAGS];
} hs_frags;

/* At most this many confidence facts (confidence.h) hold at once. */
#define HS_ATTR_MAX_FACTS 24

/* Attribution being built (attribute.c), before export to hs_attribution. */
typedef struct {
    int32_t cue_tok0, cue_tok1;     /* token range of the cue, or -1 */
    int32_t src_tok0, src_tok1;     /* token range of the source, or -1 */
    hs_span cue, source;            /* code points; begin==end: absent */
    hs_frags content;
    const char *cue_lemma;          /* static string */
    hs_kind kind;
    hs_act act;
    int32_t speaker;                /* entity id or -1 */
    float confidence;               /* confidence.c */
    bool weak;                      /* its cue scored under the margin */
    int32_t cue_head;               /* the cue's most trusted token, or -1 */
    int8_t cue_strength;            /* hs_cues_detect()'s for that token */
    bool unvouched;                 /* a weak cue's, kept by the learned
                                       selector though its content does
                                       not vouch for it (attr_tidy.c) */
    uint8_t nweak_facts;            /* the selector's facts, for the tool */
    uint8_t weak_facts[HS_ATTR_MAX_FACTS];  /* that fits it */
    size_t about_at, about_n;       /* its entity ids in d->about (about.c) */
} hs_attr_work;

/* Entity being built (resolve.c). */
typedef struct {
    char *name;                     /* owned */
    char *role;                     /* owned or NULL */
    char *affiliation;              /* owned or NULL */
    hs_entity_type type;
    char gender;                    /* 'M', 'F' or 0 (resolve.c) */
    bool gender_named;              /* the gender a courtesy title or a
                                       given name gave, not one learnt
                                       from a pronoun */
    bool weak_name;                 /* name taken from a headline or a
                                       quotation: a later name wins */
    bool described;                 /* named by a description ("few
                                       people", "officials"), not a proper
                                       name: never "he" or "she" */
    bool listed;                    /* named by the gazetteer: its type
                                       stands */
    bool plural;                    /* several, named together ("Mr. Peck
                                       and Mr. Mahaney"): a later "they" */
    bool role_described;            /* its role is a description's read as
                                       this person ("the candidate"), no
                                       mention's of its own */
    bool doctor;                    /* "Dr." stood before its name: its
                                       role when nothing says more */
    uint16_t votes[3];              /* named mentions read as a person,
                                       an organisation, a place */
    hs_span *mentions;              /* owned */
    size_t nmentions, capmentions;
} hs_entity_work;

struct hs_model;   /* perceptron.h */

/* The engine: immutable after hs_engine_new(), shared by threads. */
struct hs_engine {
    size_t max_doc_bytes;
    float min_confidence;                /* hs_options.min_confidence */
    const struct hs_model *pos_model;    /* NULL: not trained yet */
    const struct hs_model *ner_model;
    const struct hs_model *parse_model;
    const struct hs_model *cue_model;    /* cues.c */
    const struct hs_model *bounds_model; /* bounds.c */
    const struct hs_model *sources_model; /* sources.c */
    struct hs_lexicons *lex;             /* lexicon.c */
    float conf_weights[64];              /* confidence.c (HS_CONF_COUNT) */
    float weak_weights[64];              /* the weak-cue selector's */
    bool weak_keep_all;                  /* tools/fit_confidence: keep every
                                            weak cue's attribution */
    bool contents_keep_all;              /* tools/fit_confidence: keep every
                                            attribution of a shared content,
                                            so that what the confidence is
                                            fitted on does not depend on the
                                            confidence it replaces */
};

/* The document: input text plus every stage's layer. */
typedef struct hs_doc {
    const hs_engine *eng;
    char *id;                  /* owned, may be NULL */
    char *text;                /* owned copy, NUL-terminated */
    size_t len;                /* bytes */
    size_t nchars;             /* code points */
    uint32_t *byte_of_cp;      /* nchars+1 entries: cp index -> byte */

    hs_token *toks;     size_t ntoks, captoks;
    hs_sentence *sents; size_t nsents, capsents;
    hs_paragraph *paras; size_t nparas, capparas;
    hs_quote *quotes;   size_t nquotes, capquotes;
    hs_attr_work *attrs; size_t nattrs, capattrs;
    hs_entity_work *ents; size_t nents, capents;
    int32_t *tok_entity;       /* per token: entity id or -1 (resolve.c) */
    int *about;         size_t nabout, capabout;  /* 1-based entity ids
                                                     (about.c) */
} hs_doc;

/* Grow *arr (element size `size`) so that it holds at least `need`
 * elements; returns false on allocation failure.  util.c */
bool hs_grow(void **arr, size_t *cap, size_t need, size_t size);
#define HS_GROW(arr, cap, need) \
    hs_grow((void **)&(arr), &(cap), (need), sizeof *(arr))

/* A string -> index hash map (open addressing) whose keys are not owned:
 * they must outlive the map.  Fixed capacity chosen at init. util.c */
typedef struct {
    struct hs_strmap_slot { const char *key; uint32_t len, val; } *slots;
    size_t cap;    /* power of two */
    size_t n;
} hs_strmap;
/* Room for up to n keys; false on allocation failure. */
bool hs_strmap_init(hs_strmap *m, size_t n);
/* Insert key -> val; the first value of a key wins.  False when full. */
bool hs_strmap_put(hs_strmap *m, const char *key, size_t len, uint32_t val);
/* Value of key, or -1. */
long hs_strmap_get(const hs_strmap *m, const char *key, size_t len);
/* Give a key already there the value val; false when it is not there. */
bool hs_strmap_set(hs_strmap *m, const char *key, size_t len, uint32_t val);
void hs_strmap_free(hs_strmap *m);

/* Fill an hs_error. util.c */
void hs_set_error(hs_error *err, hs_code code, size_t byte_offset,
                  const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Token text helpers. */
static inline const char *hs_tok_str(const hs_doc *d, const hs_token *t)
{
    return d->text + t->b0;
}
static inline size_t hs_tok_len(const hs_token *t) { return t->b1 - t->b0; }

/* Is token i the word s (lower case ASCII), ignoring ASCII case? util.c */
bool hs_tok_is(const hs_doc *d, uint32_t i, const char *s);
/* Is token i one of the words of the NULL-terminated list? */
static inline bool hs_tok_in(const hs_doc *d, uint32_t i, const char *const *list)
{
    for (; *list; list++)
        if (hs_tok_is(d, i, *list))
            return true;
    return false;
}
/* Is the word w[0,n) one of the words of the NULL-terminated list,
 * exactly (case counts)? */
static inline bool hs_word_in(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, w, n) == 0)
            return true;
    return false;
}
/* Is token i a month's name?  A day, a month or another word that heads
 * a time phrase ("today", "week", "evening")? util.c */
bool hs_tok_is_month(const hs_doc *d, uint32_t i);
bool hs_tok_is_time_word(const hs_doc *d, uint32_t i);
bool hs_tok_is_subordinator(const hs_doc *d, uint32_t i);

/* The first token whose code points end after cp (d->ntoks if none):
 * where a span starting at cp begins.  util.c */
uint32_t hs_tok_at(const hs_doc *d, size_t cp);

/* Stage entry points, in pipeline order.  Each returns 0, or -1 with err
 * filled. */
int hs_text_load(hs_doc *d, const char *text, size_t len, hs_error *err);
size_t hs_utf8_valid_prefix(const char *s, size_t len);
int hs_lex(hs_doc *d, hs_error *err);
int hs_tag(hs_doc *d, hs_error *err);
int hs_parse(hs_doc *d, hs_error *err);
int hs_quotes(hs_doc *d, hs_error *err);
int hs_attribute(hs_doc *d, hs_error *err);
/* hs_attribute(), calling see(d, tree, point, arg) at two points once
 * the frames have put the attributions together: before the learned
 * source choice (sources.c), then before the learned bounds (bounds.c)
 * and the tidy passes.  Each trainer learns from exactly what its pass
 * sees. */
struct hs_tree;
typedef enum { HS_OBSERVE_SOURCES, HS_OBSERVE_BOUNDS } hs_observe_point;
typedef void (*hs_attr_observer)(const hs_doc *d, const struct hs_tree *t,
                                 hs_observe_point point, void *arg);
int hs_attribute_observed(hs_doc *d, hs_attr_observer see, void *arg,
                          hs_error *err);
/* Run text (len bytes) into the fresh document d up to and including
 * attribution, the observer seeing what hs_attribute_observed() shows it:
 * what the trainers of the later passes learn from.  engine.c */
int hs_observe_text(hs_doc *d, const char *text, size_t len,
                    hs_attr_observer see, void *arg, hs_error *err);
int hs_resolve(hs_doc *d, hs_error *err);
int hs_act_classify(hs_doc *d, hs_error *err);
int hs_confidence(hs_doc *d, hs_error *err);
/* Whom each attribution's content mentions, after the attributions are
 * final (about.c). */
int hs_about(hs_doc *d, hs_error *err);

/* Given d->toks with b0/b1/c0/c1 and sent filled in (by the tokenizer, or
 * by a trainer from CoreNLP's silver tokens), compute the token flags,
 * paragraph indexes and the sents/paras arrays.  lex.c */
int hs_lex_annotate(hs_doc *d, hs_error *err);

/* Run the stages from `from` to the end (after lexing).  Trainers and
 * development tools start at HS_STAGE_QUOTES on silver-parsed documents. */
enum { HS_STAGE_TAG, HS_STAGE_PARSE, HS_STAGE_QUOTES };
int hs_run_stages(hs_doc *d, int from, hs_error *err);
/* Wrap a processed document into a result (takes ownership of d; frees it
 * on failure). */
hs_result *hs_result_wrap(hs_doc *d, hs_error *err);
/* The processed document behind a result: its attribution i is
 * hs_result_attribution(res, i).  engine.c */
const hs_doc *hs_result_doc(const hs_result *res);
/* Span s of res's text, clamped to the document, as a pointer into the
 * text and its length in bytes (not NUL-terminated): what
 * hs_result_span_text() copies, without the copy. */
const char *hs_result_span_bytes(const hs_result *res, hs_span s, size_t *len);

/* Is the first paragraph a Title Case headline ("Black Lawmakers Rip
 * Donald Trump As A ‘Disgusting Fraud.’")?  Short, most of its words
 * capitalised, no lower-case word but those Title Case leaves so
 * ("the", "of", "is"), and not the document's only paragraph.  Taggers
 * trained on running text misread such lines, so later stages treat
 * them apart.  lex.c */
bool hs_title_head(const hs_doc *d);

/* A fresh document for engine `eng` (calloc'd), or NULL. */
hs_doc *hs_doc_new(const hs_engine *eng);
void hs_doc_free(hs_doc *d);

#endif /* HS_INTERNAL_H */
