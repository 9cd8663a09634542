/*
 * attribute.c -- stage: cues, sources and contents.
 *
 * An attribution hangs on a cue: a reporting verb ("said", "has denied"),
 * "according to", or a quotation's own verb.  For each sentence we find the
 * cue verbs (word forms whose share of gold cues in PolNeAR train is high,
 * cues.txt), then read the source and the content off the dependency tree
 * around each verb, following the PolNeAR conventions
 * (docs/conventions.md):
 *
 *   source   the subject's whole phrase (with an appositive and its
 *            closing comma); a relative pronoun alone; the subject of the
 *            first verb for a coordinated or "adding" verb (shared source);
 *            none for passives and impersonals ("is believed")
 *   content  the clausal complement with "that" ("said that ..."), the
 *            objects and complements ("urged voters to stay home"), a
 *            clause before the cue ("..., officials said."), or an
 *            adjacent quotation with its continuations
 *   cue      the verb with auxiliaries, negation, pre-verbal adverbs,
 *            particles ("called for"), a colon and a medium phrase
 *            ("said in a statement"), without time phrases or recipients
 *
 * Then quotations that no cue claimed but that continue an earlier
 * quotation of the same paragraph join its content, and attributions nested
 * inside another's content are dropped (PolNeAR marks the outermost only).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "lexicon.h"
#include "cues.h"
#include "tree.h"


/* Per-document working state: the tree as child lists and subtree spans. */
typedef struct {
    hs_doc *d;
    const hs_lexicons *lx;
    hs_tree tree;
    int32_t *first_child, *next_sib;   /* aliases into tree */
    int32_t *left, *right;
    uint8_t *is_cue;                   /* per token: cue head found */
    int32_t *q_open, *q_close;         /* per token: quote it opens/closes */
    int32_t *owner;                    /* per token: content it is in */
} ctx;

/* ------------------------------------------------------------ tokens */


static bool tok_in(const hs_doc *d, uint32_t i, const char *const *list)
{
    for (; *list; list++)
        if (hs_tok_is(d, i, *list))
            return true;
    return false;
}

static bool is_punct(const hs_doc *d, uint32_t i)
{
    return (d->toks[i].flags & HS_TF_PUNCT) != 0;
}

static bool is_quote_mark(const hs_doc *d, uint32_t i)
{
    return (d->toks[i].flags & HS_TF_QUOTE) && d->toks[i].quote_role != 0;
}

/* ------------------------------------------------------------- tree */

/* Allocate the per-token state and the tree view. */
static bool ctx_init(ctx *c)
{
    hs_doc *d = c->d;
    size_t n = d->ntoks;
    if (!hs_tree_build(&c->tree, d))
        return false;
    c->first_child = c->tree.first_child;
    c->next_sib = c->tree.next_sib;
    c->left = c->tree.left;
    c->right = c->tree.right;
    c->is_cue = calloc(n, 1);
    c->q_open = malloc(n * sizeof(int32_t));
    c->q_close = malloc(n * sizeof(int32_t));
    c->owner = malloc(n * sizeof(int32_t));
    if (!c->is_cue || !c->q_open || !c->q_close || !c->owner)
        return false;
    for (size_t i = 0; i < n; i++)
        c->q_open[i] = c->q_close[i] = c->owner[i] = -1;
    for (size_t q = 0; q < d->nquotes; q++) {
        const hs_quote *qq = &d->quotes[q];
        c->q_open[qq->open_tok] = (int32_t)q;
        if (qq->closed)
            c->q_close[qq->close_tok] = (int32_t)q;
    }
    return true;
}

static void ctx_free(ctx *c)
{
    hs_tree_free(&c->tree);
    free(c->is_cue);
    free(c->q_open);
    free(c->q_close);
    free(c->owner);
}

#define FOR_CHILDREN(c, h, k) HS_FOR_CHILDREN(&(c)->tree, h, k)

/* First child of h with relation rel, or -1. */
static int32_t child(const ctx *c, int32_t h, int rel)
{
    return hs_tree_child(&c->tree, c->d, h, rel);
}

/* --------------------------------------------------------------- cues */

static const char *cue_lemma(const ctx *c, uint32_t i)
{
    const hs_token *t = &c->d->toks[i];
    const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(c->d, t), hs_tok_len(t), 'V');
    return e ? e->lemma : "";
}

/* Share of a verb form's occurrences in train that are cues (0 when the
 * lexicon does not know it). */
static double cue_share(const ctx *c, int32_t i)
{
    const hs_token *t = &c->d->toks[i];
    const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(c->d, t), hs_tok_len(t), 'V');
    return e && e->seen ? (double)e->in_cue / (double)(e->seen + 1) : 0.0;
}

/* Does verb v take a clausal or quoted complement? */
static bool has_clause(const ctx *c, int32_t v)
{
    FOR_CHILDREN(c, v, k) {
        int r = c->d->toks[k].deprel;
        if (r == HS_DEP_CCOMP || r == HS_DEP_PARATAXIS)
            return true;
    }
    return false;
}

/* ------------------------------------------------------------ spans */

/* Token range [a,b] trimmed of edge punctuation that is not a paired
 * quotation mark; b may end up < a (empty). */
static void trim(const ctx *c, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    while (*a <= *b && is_punct(d, (uint32_t)*a) && !is_quote_mark(d, (uint32_t)*a))
        (*a)++;
    while (*b >= *a && is_punct(d, (uint32_t)*b) && !is_quote_mark(d, (uint32_t)*b))
        (*b)--;
}

/* Extend [a,b] to the closing mark of a quotation it opens but cuts off
 * ("a “war crimes" -> "a “war crimes trial”"), within the paragraph. */
static void close_quotes(const ctx *c, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    int32_t far = *b;
    for (int32_t i = *a; i <= *b; i++) {
        int32_t q = c->q_open[i];
        if (q >= 0 && d->quotes[q].closed && (int32_t)d->quotes[q].close_tok > far)
            far = (int32_t)d->quotes[q].close_tok;
    }
    *b = far;
}

static const char *const rel_pronouns[] = { "who", "which", "that", "whom", NULL };

/* Does the coordinator k open a conjunct clause with a subject of its own
 * that runs to b ("..., and the union also stepped in")?  A new sentence
 * of the writer's, joined by a comma and a conjunction; a second
 * complement ("..., and that ...", "..., and how ...") is the speaker's. */
static bool clause_conjunct_after(const ctx *c, int32_t k, int32_t b)
{
    const hs_doc *d = c->d;
    int32_t h = d->toks[k].head;
    if (h < 0)
        return false;
    FOR_CHILDREN(c, h, j) {
        if (j > k && d->toks[j].deprel == HS_DEP_CONJ && c->left[j] == k + 1 &&
            c->right[j] >= b && child(c, j, HS_DEP_NSUBJ) >= 0 &&
            child(c, j, HS_DEP_MARK) < 0 && d->toks[k + 1].pos != HS_POS_WRB &&
            d->toks[k + 1].pos != HS_POS_WP)
            return true;
    }
    return false;
}

/* Cut [a,b] before a cue that starts an attribution of its own inside
 * it: a participle after a comma ("said the vote was fair, adding that
 * ...") or a subordinate clause ("... based on facts” as he said ...").
 * PolNeAR gives such a cue its own attribution instead of nesting it. */
static void cut_at_inner_cue(const ctx *c, int32_t a, int32_t *b)
{
    const hs_doc *d = c->d;
    static const char *const subordinators[] = {
        "as", "while", "because", "although", "though", "since", "whereas",
        "when", "after", "before", "even", NULL
    };
    for (int32_t k = a + 1; k <= *b; k++) {
        if (d->toks[k].quote_depth != 0)
            continue;
        int32_t h = d->toks[k].head;
        /* a trailing subordinate clause after a comma is the writer's,
         * not the speaker's: "... “deeply disturbing”, as condemnation
         * grows" */
        if (k >= a + 2 && d->toks[k].deprel == HS_DEP_MARK && h >= 0 &&
            c->right[h] >= *b && hs_tok_is(d, (uint32_t)(k - 1), ",") &&
            tok_in(d, (uint32_t)k, subordinators)) {
            *b = k - 2;
            return;
        }
        /* a trailing non-restrictive relative clause or ", but ..." is the
         * writer's aside: "the health of Donald Trump, who is 70" */
        if (k >= a + 2 && hs_tok_is(d, (uint32_t)(k - 1), ",") && h >= 0 &&
            c->right[h] >= *b &&
            ((tok_in(d, (uint32_t)k, rel_pronouns) && !hs_tok_is(d, (uint32_t)k, "that") &&
              d->toks[h].deprel == HS_DEP_ACL_RELCL) ||
             (hs_tok_is(d, (uint32_t)k, "but") && child(c, h, HS_DEP_NSUBJ) < 0 &&
              d->toks[h].deprel == HS_DEP_CONJ))) {
            *b = k - 2;
            return;
        }
        if (k >= a + 2 && d->toks[k].pos == HS_POS_CC && hs_tok_is(d, (uint32_t)(k - 1), ",") &&
            clause_conjunct_after(c, k, *b)) {
            *b = k - 2;
            return;
        }
        if (!c->is_cue[k])
            continue;
        int32_t l = c->left[k];
        int32_t mk = child(c, k, HS_DEP_MARK);
        if (d->toks[k].pos == HS_POS_VBG && hs_tok_is(d, (uint32_t)(k - 1), ",")) {
            *b = k - 2;
            return;
        }
        /* a coordinated cue: "condemned ... and urged ..." */
        if (d->toks[k].deprel == HS_DEP_CONJ && l == k && k > a + 1 &&
            d->toks[k - 1].pos == HS_POS_CC) {
            *b = k - 2;
            return;
        }
        if (mk >= 0 && mk == l && l > a && d->toks[k].deprel == HS_DEP_ADVCL) {
            *b = l - 1;
            return;
        }
    }
}

/* Does the subtree of k hold a paired quotation mark? */
static bool subtree_quoted(const ctx *c, int32_t k)
{
    for (int32_t i = c->left[k]; i <= c->right[k]; i++)
        if (is_quote_mark(c->d, (uint32_t)i))
            return true;
    return false;
}

static hs_span tok_span(const hs_doc *d, int32_t a, int32_t b)
{
    hs_span s = { d->toks[a].c0, d->toks[b].c1 };
    return s;
}

/* ----------------------------------------------------------- source */

/* Is token i a verb (or a predicate adjective/noun with a copula)? */
static bool is_verbal(const hs_doc *d, int32_t i)
{
    uint8_t p = d->toks[i].pos;
    return (p >= HS_POS_VB && p <= HS_POS_VBZ) || p == HS_POS_MD;
}

/* Is token i a common noun? */
static bool is_noun(const hs_doc *d, int32_t i)
{
    uint8_t p = d->toks[i].pos;
    return p == HS_POS_NN || p == HS_POS_NNS;
}

/* Days, months and other time words that head time phrases. */
static bool is_time_word(const hs_doc *d, int32_t k)
{
    static const char *const w[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "today", "yesterday", "tonight", "morning", "afternoon",
        "evening", "night", "week", "month", "year", "weekend", "january",
        "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", NULL
    };
    return tok_in(d, (uint32_t)k, w);
}


/* Is token k a year ("in 2015")? */
static bool is_year(const hs_doc *d, int32_t k)
{
    const hs_token *t = &d->toks[k];
    const char *w = hs_tok_str(d, t);
    return t->pos == HS_POS_CD && hs_tok_len(t) == 4 &&
           (strncmp(w, "19", 2) == 0 || strncmp(w, "20", 2) == 0);
}

/* Source token range of verb v: its subject phrase.  Returns false when
 * v has no subject of its own. */
static bool subject_range(const ctx *c, int32_t v, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    /* the subject nearest the verb (a parser may give it several) */
    int32_t s = -1, best = INT32_MAX;
    FOR_CHILDREN(c, v, k) {
        if (d->toks[k].deprel != HS_DEP_NSUBJ)
            continue;
        int32_t dist = k < v ? v - c->right[k] : c->left[k] - v;
        if (dist < best) {
            best = dist;
            s = k;
        }
    }
    if (s < 0)
        return false;
    if (tok_in(d, (uint32_t)s, rel_pronouns) && c->first_child[s] < 0) {
        *a = *b = s;
        return true;
    }
    *a = c->left[s];
    *b = c->right[s];
    /* a name split by the parser into several subjects ("Robert “Bob”
     * Smith") is one source: earlier subjects joined to this one by
     * nothing but punctuation */
    for (int32_t k = s - 1; k >= 0 && d->toks[k].sent == d->toks[s].sent; k--) {
        if (is_punct(d, (uint32_t)k))
            continue;
        if (d->toks[k].head == v && d->toks[k].deprel == HS_DEP_NSUBJ &&
            c->right[k] == k && k + 1 < *a + 4) {
            *a = c->left[k];
            continue;
        }
        break;
    }
    /* never run into the verb's own material */
    if (*b >= v)
        *b = v - 1;
    if (*a > v) {                 /* inverted: "said Smith" */
        *a = c->left[s];
        *b = c->right[s];
        /* with what goes on describing them after an appositive, to
         * the end of the sentence: "said Smith, a professor | at
         * Princeton University." */
        int32_t e = (int32_t)d->sents[d->toks[v].sent].tok1 - 1, k = *b + 1;
        while (k <= e && !is_verbal(d, k) && !(d->toks[k].flags & HS_TF_QUOTE))
            k++;
        if (k > e && *b + 1 <= e && child(c, s, HS_DEP_APPOS) > s)
            *b = e;
    }
    /* a time phrase hung on the subject is not the source: "China on
     * Wednesday called ..." */
    FOR_CHILDREN(c, s, k) {
        int r = d->toks[k].deprel;
        if (k > s && (r == HS_DEP_NMOD || r == HS_DEP_NMOD_TMOD) &&
            (is_time_word(d, k) || is_year(d, k)) &&
            c->left[k] > *a && c->left[k] <= *b) {
            *b = c->left[k] - 1;
            break;
        }
        /* nor a phrase set off by a comma that says where, how or in
         * what: "Hillary Clinton, at a later press gaggle, said" */
        int32_t cs = r == HS_DEP_NMOD ? child(c, k, HS_DEP_CASE) : -1;
        if (k > s && cs >= 0 && cs == c->left[k] && c->left[k] > *a + 1 && c->left[k] <= *b &&
            hs_tok_is(d, (uint32_t)(cs - 1), ",") && !hs_tok_is(d, (uint32_t)cs, "of")) {
            *b = cs - 2;
            break;
        }
    }
    /* a source does not cross into another paragraph (datelines) */
    while (*a < *b && d->toks[*a].para != d->toks[s].para)
        (*a)++;
    /* nor keep a participial aside: "Caddell, speaking of ..., said" */
    FOR_CHILDREN(c, s, k) {
        int r = d->toks[k].deprel;
        if ((r == HS_DEP_ACL || r == HS_DEP_ADVCL || r == HS_DEP_DEP) &&
            (d->toks[k].pos == HS_POS_VBG || d->toks[k].pos == HS_POS_VBN) &&
            k > s && c->left[k] > *a && hs_tok_is(d, (uint32_t)(c->left[k] - 1), ",")) {
            *b = c->left[k] - 2;
            break;
        }
    }
    /* nor the end of a quotation the parser took into the subject
     * ("“My hope,” he said"); a quoted title inside it stays ("Sam
     * Solovey, a contestant on “The Apprentice,” who ...") */
    for (int32_t k = *b; k > *a; k--)
        if (is_quote_mark(d, (uint32_t)k) && d->toks[k].quote_role < 0 &&
            (c->q_close[k] < 0 || (int32_t)d->quotes[c->q_close[k]].open_tok < *a) &&
            (hs_tok_is(d, (uint32_t)(k - 1), ",") || hs_tok_is(d, (uint32_t)(k + 1), ","))) {
            *a = k + 1;
            break;
        }
    trim(c, a, b);
    /* an appositive keeps its closing comma: "Hugh Hill, a doctor," */
    if (*b >= *a && *b + 1 < v && hs_tok_is(d, (uint32_t)(*b + 1), ",") &&
        (child(c, s, HS_DEP_APPOS) >= 0 || child(c, s, HS_DEP_ACL_RELCL) >= 0))
        (*b)++;
    return *b >= *a;
}

/* ----------------------------------------------------------- the cue */

static const char *const medium_nouns[] = {
    "statement", "interview", "email", "e-mail", "letter", "tweet", "post",
    "speech", "release", "memo", "op-ed", "essay", "message", "video",
    "conference", "call", "report", "book", "column", "editorial", NULL
};

static const char *const phrasal[] = {
    "for", "on", "out", "about", "of", "against", NULL
};

/* Cue token range of verb v: auxiliaries, negation and adverbs before it
 * (contiguous), a particle, a phrasal preposition, a colon, "in a
 * statement".  `content_start` is the first content token after v (or -1)
 * so the cue never swallows content. */
static void cue_range(const ctx *c, int32_t v, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    *a = *b = v;
    bool copular = (is_noun(d, v) || d->toks[v].pos == HS_POS_JJ) &&
                   child(c, v, HS_DEP_COP) >= 0;
    bool noun = is_noun(d, v);
    for (int32_t i = v - 1; i >= (int32_t)d->sents[d->toks[v].sent].tok0; i--) {
        int r = d->toks[i].deprel;
        if (d->toks[i].head == v && (r == HS_DEP_AUX || r == HS_DEP_AUXPASS ||
                                     r == HS_DEP_NEG || r == HS_DEP_ADVMOD) &&
            d->toks[i].pos != HS_POS_WRB)   /* not "when | asked about" */
            *a = i;
        /* an infinitive cue keeps its "to": "came | to heckle" */
        else if (d->toks[i].head == v && r == HS_DEP_MARK && hs_tok_is(d, (uint32_t)i, "to"))
            *a = i;
        /* a predicate noun or adjective with its copula and modifiers:
         * "is an outspoken supporter of", "has been critical of" */
        else if (d->toks[i].head == v && copular && (r == HS_DEP_COP || r == HS_DEP_DET ||
                                                    r == HS_DEP_AMOD))
            *a = i;
        /* a noun cue with its determiner and adjectives: "the intense
         * criticism of" */
        else if (noun && d->toks[i].head == v && (r == HS_DEP_DET || r == HS_DEP_AMOD))
            *a = i;
        else
            break;
    }
    int32_t end = (int32_t)d->sents[d->toks[v].sent].tok1;
    int32_t i = v + 1;
    if (i < end && d->toks[i].deprel == HS_DEP_COMPOUND_PRT && d->toks[i].head == v)
        *b = i++;
    /* "shot back" */
    else if (i < end && hs_tok_is(d, (uint32_t)i, "back") && d->toks[i].head == v)
        *b = i++;
    /* a manner adverb right after the verb: "said sarcastically",
     * "complain bitterly" */
    else if (i < end && d->toks[i].pos == HS_POS_RB && d->toks[i].head == v &&
             d->toks[i].deprel == HS_DEP_ADVMOD && hs_tok_len(&d->toks[i]) > 4 &&
             memcmp(hs_tok_str(d, &d->toks[i]) + hs_tok_len(&d->toks[i]) - 2, "ly", 2) == 0)
        *b = i++;
    if (i < end && tok_in(d, (uint32_t)i, phrasal) &&
        (d->toks[i].pos == HS_POS_IN || d->toks[i].pos == HS_POS_RP) &&
        !(i + 1 < end && d->toks[i + 1].quote_role > 0)) {
        const char *lem = cue_lemma(c, (uint32_t)v);
        if (strcmp(lem, "call") == 0 || strcmp(lem, "warn") == 0 ||
            strcmp(lem, "point") == 0 || strcmp(lem, "speak") == 0 ||
            strcmp(lem, "lash") == 0 || strcmp(lem, "push") == 0 ||
            strcmp(lem, "argue") == 0 || strcmp(lem, "complain") == 0 ||
            strcmp(lem, "talk") == 0 || strcmp(lem, "ask") == 0)
            *b = i++;
    }
    /* "in a statement", "in an interview with CNN" */
    if (i + 1 < end && hs_tok_is(d, (uint32_t)i, "in")) {
        int32_t j = i + 1;
        if (j < end && d->toks[j].pos == HS_POS_DT)
            j++;
        if (j < end && tok_in(d, (uint32_t)j, medium_nouns)) {
            *b = j;
            i = j + 1;
        }
    }
    if (i < end && hs_tok_is(d, (uint32_t)i, ":"))
        *b = i;
}

/* ---------------------------------------------------------- content */

/* Prepositions of time phrases. */
static const char *const time_preps[] = {
    "during", "since", "after", "before", "until", "on", "at", "in", NULL
};

/* Prepositions whose phrase, even right after the content's core, says
 * when: "... | since the Monday night debate".  ("in", "on" and "at"
 * phrases there mostly belong to the core: "his support | in Ohio",
 * "his stance | on guns".) */
static const char *const adj_preps[] = {
    "during", "since", "after", "before", "until", NULL
};

/* How a dependent of a cue verb relates to the content. */
enum { DEP_OTHER, DEP_CORE, DEP_PERIPHERAL, DEP_RECIPIENT };

/* Prepositions whose phrase completes a cue ("spoke of", "talked about",
 * "described as", "called for", "warned against"). */
static const char *const core_preps[] = {
    "of", "about", "as", "for", "against", "that", "over", NULL
};

/* Verbs whose object is the addressee, not the content, when a clause or
 * infinitive follows ("told reporters that ...", "told them to vote"). */
static const char *const recipient_verbs[] = {
    "tell", "inform", "assure", "remind", "advise", "notify", "brief", "warn", NULL
};

static bool lemma_is(const char *lemma, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(lemma, *list) == 0)
            return true;
    return false;
}

/* Is v an emotion verb ("angered", "troubled", "startled")?  In the
 * passive its subject is the one who feels, the source, and the
 * "by" phrase what they feel about, the content ("FBI officials were
 * angered by | the deal"). */
static bool is_psych_verb(const ctx *c, int32_t v)
{
    static const char *const stems[] = {
        "anger", "upset", "troubl", "shake", "shaken", "startl", "outrag", "intrigu",
        "worri", "alarm", "disturb", "frustrat", "disappoint", "surpris", "shock",
        "impress", "dismay", "bother", "offend", "grip", "stun", "horrifi", "appall",
        "scare", "frighten", "excit", "thrill", "delight", "amus", "annoy", "irritat",
        "unsettl", "unnerv", "baffl", "puzzl", "embarrass", "infuriat", "enrag",
        "sadden", "fascinat", "incens", "heartened", "encourag", "discourag",
        "perturb", "irk", "rattl", "spook", "dishearten", "inspir", "move", NULL
    };
    char buf[32];
    const hs_token *t = &c->d->toks[v];
    size_t n = hs_lex_fold(hs_tok_str(c->d, t), hs_tok_len(t), buf, sizeof buf);
    if (n == 0 || t->pos != HS_POS_VBN)
        return false;
    for (const char *const *s = stems; *s; s++)
        if (strncmp(buf, *s, strlen(*s)) == 0)
            return true;
    return false;
}

/* Is v a passive that states how its subject stands toward something
 * ("The voters are split on | the issue", "EU states are concerned about
 * | migration")?  A participle rarely a cue in train, completed by a
 * preposition other than "as" ("is seen as" is impersonal), and no
 * clause.  Its subject is the source, as with emotion verbs. */
static bool stative_passive(const ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    static const char *const preps[] = {
        "of", "about", "on", "over", "for", "with", "against", NULL
    };
    if (d->toks[v].pos != HS_POS_VBN || cue_share(c, v) >= 0.35 ||
        child(c, v, HS_DEP_CCOMP) >= 0 || child(c, v, HS_DEP_XCOMP) >= 0)
        return false;
    FOR_CHILDREN(c, v, k) {
        int32_t cs;
        if (k > v && d->toks[k].deprel == HS_DEP_NMOD && (cs = child(c, k, HS_DEP_CASE)) >= 0 &&
            cs == c->left[k] && tok_in(d, (uint32_t)cs, preps))
            return true;
    }
    return false;
}

/* Is v a passive whose subject experiences or holds a view: an emotion
 * verb or a stative passive? */
static bool experiencer_passive(const ctx *c, int32_t v)
{
    return is_psych_verb(c, v) || stative_passive(c, v);
}

/* The agent of a passive cue ("was rejected *by 64 percent of voters*"),
 * the nominal after "by", or -1.  PolNeAR makes the agent the source. */
static int32_t passive_agent(const ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    if ((child(c, v, HS_DEP_NSUBJPASS) < 0 && child(c, v, HS_DEP_AUXPASS) < 0) ||
        experiencer_passive(c, v))
        return -1;
    FOR_CHILDREN(c, v, k) {
        int32_t cs;
        if (k > v && d->toks[k].deprel == HS_DEP_NMOD &&
            (cs = child(c, k, HS_DEP_CASE)) >= 0 && cs == c->left[k] &&
            hs_tok_is(d, (uint32_t)cs, "by"))
            return k;
    }
    return -1;
}

/* Source token range of passive agent k: the phrase after "by" with its
 * "of" phrases and conjuncts, but not what the parser hangs on it after
 * that ("historians | as a liberal champion", "voters | in 1993", "X,
 * | who noted ..."). */
static bool agent_range(const ctx *c, int32_t k, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    *a = c->left[k] + 1;
    *b = c->right[k];
    FOR_CHILDREN(c, k, j) {
        if (j <= k)
            continue;
        int r = d->toks[j].deprel;
        int32_t cs = r == HS_DEP_NMOD ? child(c, j, HS_DEP_CASE) : -1;
        bool keep = r == HS_DEP_CONJ || r == HS_DEP_CC || r == HS_DEP_APPOS ||
                    r == HS_DEP_PUNCT || r == HS_DEP_COMPOUND || r == HS_DEP_AMOD ||
                    (r == HS_DEP_NMOD && cs >= 0 && hs_tok_is(d, (uint32_t)cs, "of")) ||
                    (r == HS_DEP_ACL_RELCL && !hs_tok_is(d, (uint32_t)(c->left[j] - 1), ","));
        if (!keep && c->left[j] - 1 < *b) {
            *b = c->left[j] - 1;
            break;
        }
    }
    trim(c, a, b);
    return *b >= *a;
}

/* Classify child k of cue verb v: the core of the content (complement
 * clauses, objects, completing prepositional phrases), peripheral
 * material (time, place, medium, purpose and other adverbials), the
 * recipient of a telling, or unrelated. */
static int dep_role(const ctx *c, int32_t v, int32_t k, bool clause)
{
    const hs_doc *d = c->d;
    int r = d->toks[k].deprel;
    switch (r) {
    case HS_DEP_CCOMP: case HS_DEP_XCOMP: case HS_DEP_CSUBJ:
        return DEP_CORE;
    case HS_DEP_PARATAXIS: case HS_DEP_DEP:
        return c->is_cue[k] ? DEP_OTHER : DEP_CORE;
    case HS_DEP_DOBJ: case HS_DEP_IOBJ:
        if (clause && lemma_is(cue_lemma(c, (uint32_t)v), recipient_verbs))
            return DEP_RECIPIENT;
        return r == HS_DEP_IOBJ && clause ? DEP_RECIPIENT : DEP_CORE;
    case HS_DEP_NMOD: {
        int32_t cs = child(c, k, HS_DEP_CASE);
        if (k == passive_agent(c, v))
            return DEP_OTHER;   /* the source */
        if (cs >= 0 && tok_in(d, (uint32_t)cs, core_preps))
            return DEP_CORE;
        return DEP_PERIPHERAL;
    }
    case HS_DEP_ADVCL: {
        if (c->is_cue[k])
            return DEP_OTHER;
        static const char *const core_marks[] = { "for", "about", "of", NULL };
        int32_t mk = child(c, k, HS_DEP_MARK);
        if (mk >= 0 && tok_in(d, (uint32_t)mk, core_marks))
            return DEP_CORE;   /* "called for immediately deducting" */
        return DEP_PERIPHERAL;
    }
    case HS_DEP_ACL:
        /* a noun cue's complement: "his claim that ...", "a refusal to" */
        return is_noun(d, v) && !c->is_cue[k] ? DEP_CORE : DEP_OTHER;
    case HS_DEP_NMOD_TMOD: case HS_DEP_ADVMOD: case HS_DEP_NMOD_NPMOD:
        return DEP_PERIPHERAL;
    default:
        return DEP_OTHER;
    }
}

/* The clause a telling verb's recipient seems to govern, or -1: in "told
 * The Huffington Post he is not planning an appeal" or "told a meeting
 * of leaders that few people understood ..." the parser reads the
 * complement clause as a relative clause on the recipient; it is the
 * content, and the recipient is not. */
static int32_t recipient_clause(const ctx *c, int32_t v, int32_t cue_end)
{
    const hs_doc *d = c->d;
    if (!lemma_is(cue_lemma(c, (uint32_t)v), recipient_verbs))
        return -1;
    int32_t o = child(c, v, HS_DEP_DOBJ);
    if (o <= cue_end)
        return -1;
    static const char *const openers[] = {
        "that", "how", "why", "what", "whether", "if", "when", "where", NULL
    };
    FOR_CHILDREN(c, o, r) {
        int rel = d->toks[r].deprel;
        if (r <= o || !(rel == HS_DEP_ACL_RELCL || rel == HS_DEP_DEP || rel == HS_DEP_CCOMP))
            continue;
        int32_t first = c->left[r];
        int32_t subj = child(c, r, HS_DEP_NSUBJ);
        if (subj < 0 || (subj == first && (tok_in(d, (uint32_t)first, rel_pronouns) ||
                                           d->toks[first].pos == HS_POS_WDT ||
                                           d->toks[first].pos == HS_POS_WP)))
            return -1;   /* "told the reporters who gathered": a real relative */
        /* a bare clause ("he is not planning"), or one opened by "that"
         * or a question word ("told X | that few people understood",
         * "told X on Thursday | how surprised he is") */
        if (c->left[subj] == first && !tok_in(d, (uint32_t)first, rel_pronouns) &&
            d->toks[first].pos != HS_POS_WDT && d->toks[first].pos != HS_POS_WP)
            return r;
        if (tok_in(d, (uint32_t)first, openers) && c->right[r] >= c->right[o])
            return r;
        return -1;
    }
    return -1;
}

/* Content range of verb v to the right of it: from the first core
 * dependent after the cue to the end of the last one; peripheral phrases
 * count only when there is no core ("spoke at length in Ohio").
 * Recipients are left out. */
static bool content_right(const ctx *c, int32_t v, int32_t cue_end,
                          int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    int32_t rc = recipient_clause(c, v, cue_end);
    if (rc >= 0) {
        *a = c->left[rc];
        *b = c->right[rc];
        close_quotes(c, a, b);
        cut_at_inner_cue(c, *a, b);
        trim(c, a, b);
        return *b >= *a;
    }
    int32_t lo = -1, hi = -1, plo = -1, phi = -1;
    bool clause = has_clause(c, v) || child(c, v, HS_DEP_XCOMP) >= 0;
    int32_t first_core = -1;
    FOR_CHILDREN(c, v, k)
        if (k > cue_end && dep_role(c, v, k, clause) == DEP_CORE) {
            first_core = k;
            break;
        }
    FOR_CHILDREN(c, v, k) {
        if (k <= cue_end)
            continue;
        int role = dep_role(c, v, k, clause);
        int r = d->toks[k].deprel;
        /* quoted words after the core are the speaker's too: a quoted
         * phrase hung on an adverbial, or a quoted second conjunct without
         * its own subject ("added that China “pays ...”, and is “willing
         * ...”"); a quoted adverbial before the core is not */
        if ((role == DEP_PERIPHERAL ||
             (r == HS_DEP_CONJ && !c->is_cue[k] && child(c, k, HS_DEP_NSUBJ) < 0)) &&
            (first_core < 0 || k > first_core) && subtree_quoted(c, k))
            role = DEP_CORE;
        /* a prepositional phrase right after the core mostly modifies it
         * (the parser hangs it on the verb): "his proposals | to increase
         * national service", "potential hackers | from China", "the
         * GOP's stance | on guns" -- unless it says when or in what
         * medium */
        /* likewise a participle right after it: "his early-morning
         * tweets | shaming a former Miss Universe" */
        if (role == DEP_PERIPHERAL && r == HS_DEP_ADVCL && lo >= 0 &&
            c->left[k] == hi + 1 && c->left[k] == k &&
            (d->toks[k].pos == HS_POS_VBG || d->toks[k].pos == HS_POS_VBN))
            role = DEP_CORE;
        /* and an infinitive right after it: "announced new measures | to
         * tighten gun sales" (the parser reads a purpose clause) */
        if (role == DEP_PERIPHERAL && r == HS_DEP_ADVCL && lo >= 0 &&
            c->left[k] == hi + 1 && hs_tok_is(d, (uint32_t)c->left[k], "to") &&
            d->toks[c->left[k]].deprel == HS_DEP_MARK)
            role = DEP_CORE;
        /* and a subjectless "as" predicate: "see the plan | as unfair" */
        if (role == DEP_PERIPHERAL && r == HS_DEP_ADVCL && lo >= 0 &&
            c->left[k] == hi + 1 && hs_tok_is(d, (uint32_t)c->left[k], "as") &&
            child(c, k, HS_DEP_NSUBJ) < 0 && child(c, k, HS_DEP_NSUBJPASS) < 0)
            role = DEP_CORE;
        if (role == DEP_PERIPHERAL && r == HS_DEP_NMOD && lo >= 0 &&
            c->left[k] == hi + 1 && !is_time_word(d, k) && !is_year(d, k) &&
            !tok_in(d, (uint32_t)k, medium_nouns) &&
            !(child(c, k, HS_DEP_CASE) >= 0 &&
              tok_in(d, (uint32_t)child(c, k, HS_DEP_CASE), adj_preps)))
            role = DEP_CORE;
        if (role == DEP_CORE) {
            if (lo < 0)
                lo = c->left[k];
            hi = c->right[k];
        } else if (role == DEP_PERIPHERAL &&
                   (d->toks[k].deprel == HS_DEP_ADVCL ||
                    (d->toks[k].deprel == HS_DEP_NMOD && !is_time_word(d, k) &&
                     !tok_in(d, (uint32_t)k, medium_nouns) &&
                     !(child(c, k, HS_DEP_CASE) >= 0 &&
                       tok_in(d, (uint32_t)child(c, k, HS_DEP_CASE), time_preps))))) {
            /* a fallback when there is no core; never "said in his
             * interview" or "said on Tuesday" */
            if (plo < 0)
                plo = c->left[k];
            phi = c->right[k];
        }
    }
    if (lo < 0) {
        lo = plo;
        hi = phi;
    }
    if (lo < 0)
        return false;
    if (lo <= cue_end)
        lo = cue_end + 1;
    /* "claimed the images emerging from Bucha are fakes": an object
     * followed by a finite verb is the subject of a complement clause the
     * parser broke up; the content runs to the clause's end */
    int32_t send = (int32_t)d->sents[d->toks[v].sent].tok1;
    if (hi + 1 < send && !c->is_cue[hi + 1] && d->toks[hi + 1].quote_depth == 0 &&
        (d->toks[hi + 1].pos == HS_POS_VBP || d->toks[hi + 1].pos == HS_POS_VBZ ||
         d->toks[hi + 1].pos == HS_POS_VBD || d->toks[hi + 1].pos == HS_POS_MD)) {
        int32_t e = hi + 1;
        while (e + 1 < send && !c->is_cue[e + 1] && !hs_tok_is(d, (uint32_t)(e + 1), ";"))
            e++;
        hi = e;
    }
    *a = lo;
    *b = hi;
    close_quotes(c, a, b);
    cut_at_inner_cue(c, *a, b);
    trim(c, a, b);
    return *b >= *a;
}

/* Content before the cue: a clause dependent of v that ends before its
 * subject ("Prices will rise, the bank said."). */
static bool content_left(const ctx *c, int32_t v, int32_t src_a, int32_t *a,
                         int32_t *b)
{
    const hs_doc *d = c->d;
    int32_t limit = src_a >= 0 ? src_a : v;
    int32_t best = -1;
    FOR_CHILDREN(c, v, k) {
        if (k >= limit)
            break;
        int r = d->toks[k].deprel;
        if (r == HS_DEP_CCOMP || r == HS_DEP_PARATAXIS || r == HS_DEP_ADVCL ||
            r == HS_DEP_DEP || r == HS_DEP_XCOMP) {
            if (r == HS_DEP_ADVCL && child(c, k, HS_DEP_MARK) >= 0 &&
                !has_clause(c, k))
                continue;   /* "If ..., he said" style conditions */
            best = k;
        }
    }
    if (best < 0)
        return false;
    *a = c->left[best];
    *b = c->right[best];
    if (*b >= limit)
        *b = limit - 1;
    close_quotes(c, a, b);
    trim(c, a, b);
    return *b >= *a;
}

/* Add a fragment to a content, merging with an adjacent one. */
static void add_frag(hs_frags *f, hs_span s)
{
    if (s.end <= s.begin)
        return;
    if (f->n && f->frag[f->n - 1].end >= s.begin) {
        if (s.end > f->frag[f->n - 1].end)
            f->frag[f->n - 1].end = s.end;
        return;
    }
    if (f->n < HS_MAX_FRAGS)
        f->frag[f->n++] = s;
    else if (s.end > f->frag[f->n - 1].end)
        f->frag[f->n - 1].end = s.end;
}

/* A parenthetical cue: "Acts of protest, Mr. Obama said, are acts of
 * patriotism" -- the clause around ", SOURCE said," is the content, in
 * two fragments.  Returns false when v is not enclosed that way. */
static bool content_around(const ctx *c, int32_t v, hs_frags *out)
{
    const hs_doc *d = c->d;
    int32_t h = d->toks[v].head;
    int r = d->toks[v].deprel;
    if (h < 0 || !(r == HS_DEP_PARATAXIS || r == HS_DEP_DEP || r == HS_DEP_CCOMP ||
                   r == HS_DEP_ADVCL || r == HS_DEP_ROOT))
        return false;
    int32_t l = c->left[v], rr = c->right[v];
    while (rr > l && is_punct(d, (uint32_t)rr) && !hs_tok_is(d, (uint32_t)rr, ","))
        rr--;
    /* the cue phrase may own its commas; find the enclosing ones */
    if (hs_tok_is(d, (uint32_t)l, ","))
        l++;
    if (hs_tok_is(d, (uint32_t)rr, ","))
        rr--;
    if (l < 1 || !hs_tok_is(d, (uint32_t)(l - 1), ",") || rr + 1 >= (int32_t)d->ntoks ||
        !hs_tok_is(d, (uint32_t)(rr + 1), ","))
        return false;
    /* the clause around: the parser may hang the cue on a word of the
     * second half ("Acts of protest, Mr. Obama said, are acts ..."); climb
     * to the head whose subtree spans both halves */
    for (int up = 0; up < 3 && h >= 0 && c->left[h] > l - 2; up++)
        h = d->toks[h].head;
    if (h < 0)
        return false;
    int32_t a1 = c->left[h], b1 = l - 2, a2 = rr + 2, b2 = c->right[h];
    if (a1 > b1 || a2 > b2 || c->left[h] > l || c->right[h] < rr)
        return false;
    close_quotes(c, &a2, &b2);
    cut_at_inner_cue(c, a2, &b2);
    trim(c, &a1, &b1);
    trim(c, &a2, &b2);
    if (b1 < a1 || b2 < a2)
        return false;
    add_frag(out, tok_span(d, a1, b1));
    add_frag(out, tok_span(d, a2, b2));
    return true;
}

/* The parenthetical cue by position, when the parser's tree does not
 * show it: "The latest test, North Korea said, was its biggest yet." --
 * a short ", SOURCE said," inside a sentence: the sentence around it is
 * the content, in two fragments. */
static bool content_between_commas(const ctx *c, int32_t v, int32_t sa, hs_frags *out)
{
    const hs_doc *d = c->d;
    const hs_sentence *s = &d->sents[d->toks[v].sent];
    int32_t l = sa >= 0 && sa < v ? sa : v;
    int32_t r = v + 1;
    while (r < (int32_t)s->tok1 && r <= v + 3 && !hs_tok_is(d, (uint32_t)r, ",") &&
           !is_punct(d, (uint32_t)r))
        r++;
    if (l - 1 <= (int32_t)s->tok0 || r >= (int32_t)s->tok1 - 1 ||
        !hs_tok_is(d, (uint32_t)(l - 1), ",") || !hs_tok_is(d, (uint32_t)r, ",") || l + 6 < v)
        return false;
    int32_t a1 = (int32_t)s->tok0, b1 = l - 2, a2 = r + 1, b2 = (int32_t)s->tok1 - 1;
    trim(c, &a1, &b1);
    trim(c, &a2, &b2);
    close_quotes(c, &a2, &b2);
    cut_at_inner_cue(c, a2, &b2);
    trim(c, &a2, &b2);
    if (b1 < a1 || b2 < a2)
        return false;
    add_frag(out, tok_span(d, a1, b1));
    add_frag(out, tok_span(d, a2, b2));
    return true;
}

/* A trailing cue the parser hung on the content's verb: "Its first ad
 * could start this week, said Brian Baker, an adviser." -- the clause
 * before ", said ..." is the content. */
static bool content_trailing(const ctx *c, int32_t v, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    int32_t h = d->toks[v].head;
    int32_t l = c->left[v];
    if (h < 0 || h >= v || l < 1 || !hs_tok_is(d, (uint32_t)(l - 1), ","))
        return false;
    /* nothing but punctuation after the cue's phrase */
    int32_t send = (int32_t)d->sents[d->toks[v].sent].tok1;
    for (int32_t k = c->right[v] + 1; k < send; k++)
        if (!is_punct(d, (uint32_t)k) || is_quote_mark(d, (uint32_t)k))
            return false;
    while (d->toks[h].head >= 0 && c->left[h] > (int32_t)d->sents[d->toks[v].sent].tok0 &&
           d->toks[h].head < v)
        h = d->toks[h].head;
    *a = c->left[h];
    *b = l - 2;
    close_quotes(c, a, b);
    trim(c, a, b);
    return *b >= *a && *b < l;
}

/* ------------------------------------------------------- quotations */

/* The quotation whose closing mark is the last non-comma token before
 * token i in the same paragraph, or -1: "“...,” he said". */
static int32_t quote_before(const ctx *c, int32_t i)
{
    const hs_doc *d = c->d;
    int32_t j = i - 1;
    while (j >= 0 && (hs_tok_is(d, (uint32_t)j, ",") || hs_tok_is(d, (uint32_t)j, "—") ||
                      hs_tok_is(d, (uint32_t)j, "--")) &&
           d->toks[j].para == d->toks[i].para)
        j--;
    if (j < 0 || d->toks[j].para != d->toks[i].para)
        return -1;
    /* a quotation that ends its own sentence ("… recklessness.” South
     * Korea's president said …") is not this cue's content */
    if (j == i - 1 && j > 0 && d->toks[j].sent != d->toks[i].sent &&
        (hs_tok_is(d, (uint32_t)(j - 1), ".") || hs_tok_is(d, (uint32_t)(j - 1), "\xE2\x80\xA6")))
        return -1;
    return c->q_close[j];
}

/* The quotation opening at the first token after i (skipping a comma or
 * colon), or -1: "he said: “...”". */
static int32_t quote_after(const ctx *c, int32_t i)
{
    const hs_doc *d = c->d;
    int32_t j = i + 1;
    if (j < (int32_t)d->ntoks && (hs_tok_is(d, (uint32_t)j, ",") || hs_tok_is(d, (uint32_t)j, ":")))
        j++;
    if (j >= (int32_t)d->ntoks || d->toks[j].para != d->toks[i].para)
        return -1;
    int32_t q = c->q_open[j];
    return q >= 0 && (d->quotes[q].closed || d->quotes[q].runs_on) ? q : -1;
}

/* The quotation that opens after a short phrase ending the cue clause
 * ("told the newspaper, | “...”"): within five words of token i, up to
 * the comma, or -1. */
static int32_t quote_after_phrase(const ctx *c, int32_t i)
{
    const hs_doc *d = c->d;
    int32_t j = i + 1;
    while (j < (int32_t)d->ntoks && j <= i + 5 && !is_punct(d, (uint32_t)j) &&
           d->toks[j].quote_depth == d->toks[i].quote_depth && !c->is_cue[j])
        j++;
    return j > i + 1 && j < (int32_t)d->ntoks && hs_tok_is(d, (uint32_t)j, ",") ?
           quote_after(c, j - 1) : -1;
}

/* Append quotation q and its multi-paragraph continuations. */
static void add_quote_chain(const ctx *c, hs_frags *f, int32_t q)
{
    const hs_doc *d = c->d;
    while (q >= 0) {
        const hs_quote *qq = &d->quotes[q];
        add_frag(f, (hs_span){ qq->c0, qq->c1 });
        if (!qq->runs_on)
            break;
        q = qq->continued_by;
    }
}

/* The unquoted start of a sentence that a quotation before the cue
 * finishes ("With thousands of systems, “there is no single point of
 * failure,” he said"; "Not paying taxes “makes me smart,” he said"): the
 * paraphrased part is the speaker's too (a mixed content). */
static void quote_lead_in(const ctx *c, int32_t q, hs_frags *f)
{
    const hs_doc *d = c->d;
    int32_t o = (int32_t)d->quotes[q].open_tok;
    const hs_sentence *s = &d->sents[d->toks[o].sent];
    int32_t a = (int32_t)s->tok0, b = o - 1;
    if (d->toks[d->quotes[q].close_tok].sent != d->toks[o].sent)
        return;
    for (int32_t k = a; k <= b; k++)
        if (c->is_cue[k] || (d->toks[k].flags & HS_TF_QUOTE) || hs_tok_is(d, (uint32_t)k, ":"))
            return;
    trim(c, &a, &b);
    if (b >= a)   /* one fragment with the quotation that follows */
        add_frag(f, (hs_span){ d->toks[a].c0, d->quotes[q].c0 });
}

/* --------------------------------------------------------- assembly */

/* A new attribution with cue tokens [ca, cb] and source tokens [sa, sb]
 * (sa < 0: no source); NULL with err set when memory runs out. */
static hs_attr_work *new_attr(hs_doc *d, int32_t ca, int32_t cb, int32_t sa,
                              int32_t sb, const char *lemma, hs_error *err)
{
    if (!HS_GROW(d->attrs, d->capattrs, d->nattrs + 1)) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    hs_attr_work *w = &d->attrs[d->nattrs++];
    memset(w, 0, sizeof *w);
    w->cue_tok0 = ca;
    w->cue_tok1 = cb + 1;
    w->cue = tok_span(d, ca, cb);
    w->cue_lemma = lemma;
    w->src_tok0 = w->src_tok1 = -1;
    if (sa >= 0) {
        w->src_tok0 = sa;
        w->src_tok1 = sb + 1;
        w->source = tok_span(d, sa, sb);
    }
    w->speaker = -1;
    w->confidence = 0.5f;
    return w;
}

/* The speech verb of an infinitive that v governs, or -1: in "declined
 * to say whether ...", "went on to discuss the polls" PolNeAR's cue runs
 * from v to the infinitive's verb, and the content is what that verb
 * says or discusses.  Only when the infinitive's verb is the stronger
 * cue word ("promised to discuss" keeps "to discuss" as content). */
static int32_t infinitive_cue(const ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    int32_t x = child(c, v, HS_DEP_XCOMP);
    if (x <= v || d->toks[x].pos != HS_POS_VB || d->toks[x].quote_depth != d->toks[v].quote_depth)
        return -1;
    int32_t mk = child(c, x, HS_DEP_MARK);
    if (mk < 0 || !hs_tok_is(d, (uint32_t)mk, "to"))
        return -1;
    /* a weaker speech verb only after a verb that is hardly ever a cue
     * ("decided ... to directly address", "chose to not believe")
     * (thresholds tuned on train) */
    double sx = cue_share(c, x), sv = cue_share(c, v);
    if (sx < 0.1 || sx <= sv || (sx < 0.3 && sv >= 0.2))
        return -1;
    return x;
}

/* Is v "seem" or "appear" with a complement?  Their subject belongs to
 * what seems ("*Sanders* appears *to have a slight lead*"): PolNeAR gives
 * them no source and the subject as the content's first fragment. */
static bool is_raising(const ctx *c, int32_t v)
{
    static const char *const raising[] = { "seem", "appear", NULL };
    if (!lemma_is(cue_lemma(c, (uint32_t)v), raising))
        return false;
    return child(c, v, HS_DEP_XCOMP) > v || child(c, v, HS_DEP_CCOMP) > v;
}

/* Source of verb v, following shared subjects of coordinated and
 * participial verbs ("denied ... and claimed", "said ..., adding"). */
static bool find_source(const ctx *c, int32_t v, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    /* a participle ("..., adding that") speaks for the nearest cue above
     * it, whatever the parser hung it on */
    if (d->toks[v].pos == HS_POS_VBG && child(c, v, HS_DEP_NSUBJ) < 0) {
        for (int32_t h = d->toks[v].head, hops = 0; h >= 0 && hops < 6;
             h = d->toks[h].head, hops++)
            if (c->is_cue[h]) {
                v = h;
                break;
            }
    }
    if (is_noun(d, v)) {
        /* a noun cue's source is its possessor: "*Trump's* claim that" */
        int32_t p = child(c, v, HS_DEP_NMOD_POSS);
        /* a predicate noun's subject: "*Clinton* is an outspoken
         * supporter of" */
        if (p < 0)
            return child(c, v, HS_DEP_COP) >= 0 && subject_range(c, v, a, b);
        *a = c->left[p];
        *b = c->right[p];
        return *b >= *a && *b < v;
    }
    for (int hops = 0; hops < 4 && v >= 0; hops++) {
        int32_t sp = child(c, v, HS_DEP_NSUBJPASS);
        if (sp >= 0 && sp < v && experiencer_passive(c, v)) {
            *a = c->left[sp];    /* "FBI officials were angered by" */
            *b = c->right[sp];
            trim(c, a, b);
            return *b >= *a && *b < v;
        }
        if (sp >= 0 || child(c, v, HS_DEP_EXPL) >= 0)
            return false;   /* passive / impersonal: no source */
        if (hops == 0 && is_raising(c, v) && infinitive_cue(c, v) < 0)
            return false;   /* "Sanders appears to lead": Sanders is content */
        if (subject_range(c, v, a, b)) {
            /* "it is obvious | that": an anticipatory "it" says nothing */
            if (*a == *b && hs_tok_is(d, (uint32_t)*a, "it") && d->toks[v].pos == HS_POS_JJ)
                return false;
            return true;
        }
        int r = d->toks[v].deprel;
        int32_t h = d->toks[v].head;
        if (r == HS_DEP_ACL && h >= 0 && h < v && d->toks[h].deprel == HS_DEP_ROOT &&
            c->left[h] == (int32_t)d->sents[d->toks[v].sent].tok0) {
            /* "Zelensky called on ...", misread as a noun with a reduced
             * relative clause: the noun is the subject */
            *a = c->left[h];
            *b = v - 1;
            trim(c, a, b);
            return *b >= *a;
        }
        if (r == HS_DEP_CONJ) {
            /* "condemned the killings in the town reclaimed ... and urged":
             * the parser may hang the second verb low; its subject is the
             * nearest one above */
            int32_t u = d->toks[v].head;
            for (int up = 0; up < 4 && u >= 0; up++, u = d->toks[u].head)
                if (child(c, u, HS_DEP_NSUBJ) >= 0 && is_verbal(d, u))
                    break;
            if (u < 0)
                return false;
            v = u;
            continue;
        }
        /* a participle the parser hung on a noun or loosely ("sent a
         * letter to Congress, asking ..."): the subject of the verb
         * above that noun */
        bool participle = d->toks[v].pos == HS_POS_VBG &&
                          (r == HS_DEP_ACL || r == HS_DEP_DEP || r == HS_DEP_PARATAXIS);
        if (participle && h >= 0 && (is_noun(d, h) || d->toks[h].pos == HS_POS_NNP) &&
            (d->toks[h].deprel == HS_DEP_DOBJ || d->toks[h].deprel == HS_DEP_NMOD))
            h = d->toks[h].head;
        if (r != HS_DEP_XCOMP && r != HS_DEP_ADVCL && !participle &&
            !(r == HS_DEP_CCOMP && d->toks[v].pos == HS_POS_VBG))
            return false;
        v = h;
    }
    return false;
}

/* A light verb's object naming the speech act, and the preposition that
 * introduces what it is about: "made a strong condemnation | of", "have
 * expressed deep concern | about", "weigh plans | for".  PolNeAR's cue
 * runs through the preposition and the content is its object.  Returns
 * the preposition when content [xa,xb] starts with such an object, or -1. */
static int32_t light_verb_prep(const ctx *c, int32_t v, int32_t xa, int32_t xb)
{
    const hs_doc *d = c->d;
    static const char *const preps[] = { "of", "about", "over", "for", "against", NULL };
    int32_t o = child(c, v, HS_DEP_DOBJ);
    if (o < 0 || c->left[o] != xa || !is_noun(d, o) || d->toks[o].quote_depth != 0)
        return -1;
    /* the noun's modifiers before it are determiners and adjectives */
    for (int32_t k = xa; k < o; k++) {
        uint8_t p = d->toks[k].pos;
        if (p != HS_POS_DT && p != HS_POS_JJ && p != HS_POS_PRPS && p != HS_POS_RB)
            return -1;
    }
    int32_t n = o + 1 <= xb ? d->toks[o + 1].head : -1;
    if (n < 0 || d->toks[n].head != o || d->toks[n].deprel != HS_DEP_NMOD ||
        c->left[n] != o + 1 || !tok_in(d, (uint32_t)(o + 1), preps) || o + 2 > xb)
        return -1;
    const hs_token *t = &d->toks[o];
    const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(d, t), hs_tok_len(t), 'N');
    /* the noun must be a cue word in its own right (a tenth of its
     * occurrences in train), and the verb not a much stronger one:
     * "defending his support of" keeps "his support of ..." as content
     * (thresholds tuned on train) */
    double sn = e ? (double)e->in_cue / (double)(e->seen + 1) : 0.0;
    if (sn < 0.1 || cue_share(c, v) >= 2.0 * sn)
        return -1;
    return o + 1;
}

/* "clear" in "made (it) clear that ...", or -1: the cue runs through it
 * and its clause is the content. */
static int32_t made_clear(const ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    static const char *const make[] = { "make", "makes", "made", "making", NULL };
    if (!tok_in(d, (uint32_t)v, make))
        return -1;
    /* by the words: the parser often hangs "clear" elsewhere */
    int32_t k = v + 1;
    if (k + 1 < (int32_t)d->ntoks && hs_tok_is(d, (uint32_t)k, "it"))
        k++;
    return k < (int32_t)d->ntoks && hs_tok_is(d, (uint32_t)k, "clear") &&
           d->toks[k].sent == d->toks[v].sent ? k : -1;
}

/* The participle of a document the verb issues, or -1: "issued a
 * statement | warning that ...", "released a statement Wednesday |
 * saying ...".  PolNeAR's cue runs from the verb through the
 * participle, and the content is what the document says.  By the words:
 * the tagger often reads the participle as a noun. */
static int32_t document_participle(const ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    static const char *const docs[] = {
        "statement", "report", "letter", "email", "e-mail", "memo", "ad", "video",
        "message", "release", "op-ed", "note", "paper", "resolution", "bill",
        "petition", "motion", "study", "analysis", NULL
    };
    static const char *const titled[] = { "titled", "entitled", "headlined", NULL };
    if (cue_share(c, v) >= 0.5)
        return -1;   /* "is defending his statement saying": the speech verb */
    int32_t end = (int32_t)d->sents[d->toks[v].sent].tok1;
    int32_t o = -1;
    for (int32_t k = v + 1; k < end && k <= v + 5 && o < 0; k++)
        if (tok_in(d, (uint32_t)k, docs))
            o = k;
        else if (is_punct(d, (uint32_t)k) || d->toks[k].quote_depth != d->toks[v].quote_depth)
            return -1;
    if (o < 0)
        return -1;
    int32_t p = o + 1;
    while (p < end && p <= o + 2 && is_time_word(d, p))
        p++;
    if (p >= end)
        return -1;
    const hs_token *t = &d->toks[p];
    size_t n = hs_tok_len(t);
    bool ing = n > 4 && memcmp(hs_tok_str(d, t) + n - 3, "ing", 3) == 0;
    return (ing && !(t->flags & HS_TF_UPPER)) || tok_in(d, (uint32_t)p, titled) ? p : -1;
}

/* The rest of the sentence after token k, when nothing in the tree
 * holds the content of a cue that ends at k (a participle the tagger
 * misread: "issued a statement warning | that prices would rise"). */
static bool rest_of_sentence(const ctx *c, int32_t k, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    *a = k + 1;
    *b = (int32_t)d->sents[d->toks[k].sent].tok1 - 1;
    close_quotes(c, a, b);
    cut_at_inner_cue(c, *a, b);
    trim(c, a, b);
    return *b >= *a;
}

/* The relative or interrogative pronoun that is v's object before its cue
 * ("which", "what"), or -1. */
static int32_t wh_object(const ctx *c, int32_t v, int32_t ca)
{
    const hs_doc *d = c->d;
    FOR_CHILDREN(c, v, k) {
        if (k >= ca)
            break;
        if (d->toks[k].deprel == HS_DEP_DOBJ &&
            (d->toks[k].pos == HS_POS_WDT || d->toks[k].pos == HS_POS_WP))
            return k;
    }
    return -1;
}

/* Are the tokens strictly between a and b all punctuation? */
static bool only_punct_between(const hs_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a + 1; k < b; k++)
        if (!(d->toks[k].flags & HS_TF_PUNCT))
            return false;
    return true;
}

/* A source by position when the tree gives none: the noun phrase right
 * before a finite, active cue verb ("However, Rep. Stephen Lynch
 * (D-Mass.) | said ...", misparsed as an appositive).  Returns false
 * when the words before the cue are not a name or noun phrase. */
static bool source_by_position(const ctx *c, int32_t v, int32_t ca, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    uint8_t p = d->toks[v].pos;
    if ((p != HS_POS_VBD && p != HS_POS_VBZ && p != HS_POS_VBP) || ca != v ||
        child(c, v, HS_DEP_NSUBJPASS) >= 0 || child(c, v, HS_DEP_EXPL) >= 0 ||
        is_raising(c, v) || d->toks[v].quote_depth != 0)
        return false;
    int32_t s0 = (int32_t)d->sents[d->toks[v].sent].tok0;
    int32_t k = v - 1;
    /* a party tag: "(D-Mass.)" */
    if (k > s0 && hs_tok_is(d, (uint32_t)k, ")")) {
        while (k > s0 && !hs_tok_is(d, (uint32_t)k, "("))
            k--;
        k--;
    }
    *b = k;
    if (k < s0 || !(d->toks[k].pos == HS_POS_NNP || d->toks[k].pos == HS_POS_NNPS ||
                    d->toks[k].pos == HS_POS_NNS || d->toks[k].pos == HS_POS_NN ||
                    d->toks[k].pos == HS_POS_PRP))
        return false;
    while (k - 1 >= s0) {
        uint8_t q = d->toks[k - 1].pos;
        if (q == HS_POS_NNP || q == HS_POS_NNPS || q == HS_POS_NN || q == HS_POS_NNS ||
            q == HS_POS_DT || q == HS_POS_JJ || q == HS_POS_PRPS || q == HS_POS_POS ||
            q == HS_POS_CD)
            k--;
        else
            break;
    }
    *a = k;
    *b = v - 1;
    trim(c, a, b);
    return *b >= *a && *b - *a < 10;
}

/* "“…,” said Michael Oppenheimer, a professor": after a quotation the
 * parser may read the inverted subject as the verb's object.  Returns
 * that phrase as the source. */
static bool inverted_object_source(const ctx *c, int32_t v, int32_t ca, int32_t cb,
                                   int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    int32_t o = child(c, v, HS_DEP_DOBJ);
    if (o < 0 || c->left[o] != cb + 1 || ca < 1 ||
        !(is_quote_mark(d, (uint32_t)(ca - 1)) && d->toks[ca - 1].quote_role < 0) ||
        (d->toks[o].pos != HS_POS_NNP && d->toks[o].pos != HS_POS_NNPS))
        return false;
    *a = c->left[o];
    *b = c->right[o];
    /* the rest of the sentence, when it only goes on describing them
     * ("..., a professor of geosciences | at Princeton University.") */
    int32_t e = (int32_t)d->sents[d->toks[v].sent].tok1 - 1, k = *b + 1;
    while (k <= e && !is_verbal(d, k) && !(d->toks[k].flags & HS_TF_QUOTE))
        k++;
    if (k > e)
        *b = e;
    trim(c, a, b);
    return *b >= *a;
}

/* Is token k the "as" of a participle cue ("is described as", "has been
 * mentioned as")?  It belongs to the cue; after an active verb the "as"
 * phrase is content ("described the video | as satire"). */
static bool passive_as(const ctx *c, int32_t v, int32_t k)
{
    const hs_doc *d = c->d;
    return hs_tok_is(d, (uint32_t)k, "as") && d->toks[v].pos == HS_POS_VBN &&
           child(c, v, HS_DEP_DOBJ) < 0;
}

/* Build the attribution of cue verb v. */
static int attribute_verb(ctx *c, int32_t v, hs_error *err)
{
    hs_doc *d = c->d;
    int32_t ca, cb, sa = -1, sb = -1, xa, xb;
    cue_range(c, v, &ca, &cb);
    /* the verb whose complements are the content: v itself, or the
     * speech verb of its infinitive ("declined to say | whether") */
    int32_t cv = infinitive_cue(c, v);
    if (cv < 0)
        cv = made_clear(c, v);
    if (cv < 0)
        cv = document_participle(c, v);
    if (cv >= 0) {
        int32_t xca;
        cue_range(c, cv, &xca, &cb);
        c->is_cue[cv] = 0;   /* one attribution for the whole chain */
    } else {
        cv = v;
    }
    bool has_src = find_source(c, v, &sa, &sb);
    int32_t agent = passive_agent(c, v);
    if (!has_src && agent >= 0)
        has_src = agent_range(c, agent, &sa, &sb);
    if (!has_src && agent < 0)
        has_src = source_by_position(c, v, ca, &sa, &sb) ||
                  inverted_object_source(c, v, ca, cb, &sa, &sb);
    hs_frags content = { 0 };
    /* quotations first: before the cue clause, or right after the cue */
    int32_t left_edge = ca;
    if (has_src && sa < ca && sb < ca && only_punct_between(d, sb, ca))
        left_edge = sa;   /* its own subject, right before it ("X (D-Md.) said") */
    int32_t qb = quote_before(c, left_edge);
    if (qb < 0 && has_src && sa > cb)     /* "“…,” said Smith" */
        qb = quote_before(c, ca);
    int32_t qa = quote_after(c, has_src && sa > cb ? sb : cb);
    /* a clause after the cue is its content, not a quoted title before
     * it: "In an interview on “Face the Nation,” Ryan said | the ..." */
    int32_t cc = child(c, v, HS_DEP_CCOMP);
    if (qb >= 0 && cc > cb && c->left[cc] == cb + 1 && qa < 0 &&
        d->toks[c->left[cc]].quote_depth == 0 && !(d->toks[c->left[cc]].flags & HS_TF_QUOTE))
        qb = -1;
    if (qb >= 0) {
        quote_lead_in(c, qb, &content);
        add_quote_chain(c, &content, qb);
        if (qa < 0)    /* "“...,” Flynn told the newspaper, “...”" */
            qa = quote_after_phrase(c, has_src && sa > cb ? sb : cb);
        if (qa >= 0)   /* interrupted: "“We will win,” she said, “and soon.”" */
            add_quote_chain(c, &content, qa);
    } else if (qa >= 0 && d->quotes[qa].open_tok <= (uint32_t)cb + 2) {
        add_quote_chain(c, &content, qa);
    } else if (is_noun(d, v) && v + 1 < (int32_t)d->ntoks && hs_tok_is(d, (uint32_t)v + 1, "that") &&
               d->toks[v + 1].deprel == HS_DEP_MARK && d->toks[v + 1].head > v) {
        /* "Trump's claim | that there have been ..." */
        xa = v + 1;
        xb = c->right[d->toks[v + 1].head];
        close_quotes(c, &xa, &xb);
        trim(c, &xa, &xb);
        if (xb >= xa)
            add_frag(&content, tok_span(d, xa, xb));
    } else if (content_around(c, v, &content) ||
               content_between_commas(c, v, has_src ? sa : -1, &content)) {
        /* done: two fragments around the cue */
    } else if (content_right(c, cv, has_src && sa > cb ? sb : cb, &xa, &xb) ||
               (cv != v && content_right(c, v, has_src && sa > cb ? sb : cb, &xa, &xb)) ||
               (cv != v && rest_of_sentence(c, cb, &xa, &xb))) {
        if (has_src && sa > cb && xa <= sb)
            xa = sb + 1;
        int32_t lp = light_verb_prep(c, cv, xa, xb);
        if (lp >= 0) {          /* "expressed deep concern about | X" */
            cb = lp;
            xa = lp + 1;
        }
        /* a preposition between cue and content belongs to the cue:
         * "apologize for | his past statements", "seized upon | a report" */
        static const char *const to_verbs[] = { "refer", "point", "respond", "reply",
                                                "react", "allude", "object", NULL };
        static const char *const keep[] = { "that", "as", "if", "whether",
                                            "because", "while", "like", NULL };
        /* ... with the adverbs before it: "spoke briefly about | X";
         * and "to" as a preposition: "was referring to | X" */
        int32_t j = cb + 1;
        while (j < xa && d->toks[j].deprel == HS_DEP_ADVMOD && d->toks[j].head == cv)
            j++;
        if (j == xa && xa < xb &&
            (d->toks[xa].pos == HS_POS_IN ||
             (d->toks[xa].pos == HS_POS_TO && d->toks[xa].deprel == HS_DEP_CASE &&
              lemma_is(cue_lemma(c, (uint32_t)cv), to_verbs))) &&
            (!tok_in(d, (uint32_t)xa, keep) || passive_as(c, cv, xa)) &&
            d->toks[xa + 1].quote_role <= 0) {
            cb = xa;
            xa++;
        }
        add_frag(&content, tok_span(d, xa, xb));
    } else if (content_left(c, v, has_src ? sa : -1, &xa, &xb) ||
               content_trailing(c, v, &xa, &xb)) {
        add_frag(&content, tok_span(d, xa, xb));
    }
    /* passive: "The senator was accused of lying" takes the subject as a
     * first fragment; with an agent it may be the whole content ("The
     * plan was rejected by voters") */
    int32_t sp = experiencer_passive(c, v) ? -1 : child(c, v, HS_DEP_NSUBJPASS);
    if (content.n == 0 && (sp < 0 || agent < 0))
        return 0;
    if (sp < 0 && cv == v && is_raising(c, v))
        sp = child(c, v, HS_DEP_NSUBJ);   /* "Sanders appears | to have a lead" */
    /* a relative pronoun object before the cue is the content's start:
     * "the plan, *which* he called | “crap”" */
    if (sp < 0)
        sp = wh_object(c, v, ca);
    /* an anticipatory "it" is not content: "It was revealed | that" */
    if (sp >= 0 && c->left[sp] == sp && c->right[sp] == sp && hs_tok_is(d, (uint32_t)sp, "it") &&
        content.n > 0 && (child(c, cv, HS_DEP_CCOMP) > cv || child(c, cv, HS_DEP_XCOMP) > cv))
        sp = -1;
    if (sp >= 0 && c->right[sp] < ca) {
        int32_t pa = c->left[sp], pb = c->right[sp];
        trim(c, &pa, &pb);
        if (pb >= pa) {
            hs_frags f = { 0 };
            add_frag(&f, tok_span(d, pa, pb));
            for (uint32_t k = 0; k < content.n; k++)
                add_frag(&f, content.frag[k]);
            content = f;
        }
    }
    if (content.n == 0)
        return 0;
    hs_attr_work *w = new_attr(d, ca, cb, has_src ? sa : -1, sb,
                               cue_lemma(c, (uint32_t)v), err);
    if (!w)
        return -1;
    w->content = content;
    return 0;
}

/* "according to X, CONTENT" and "CONTENT, according to X". */
static int attribute_according(ctx *c, int32_t i, hs_error *err)
{
    hs_doc *d = c->d;
    const hs_sentence *s = &d->sents[d->toks[i].sent];
    if ((uint32_t)i + 1 >= s->tok1 || !hs_tok_is(d, (uint32_t)i + 1, "to"))
        return 0;
    /* the source: the noun phrase after "to", up to a comma or the end */
    int32_t sa = i + 2, sb = sa;
    int32_t x = d->toks[i].head;   /* UD: according -case-> X */
    if (x > i + 1 && (uint32_t)x < s->tok1) {
        sb = c->right[x];
    } else {
        while ((uint32_t)sb + 1 < s->tok1 && !is_punct(d, (uint32_t)sb + 1))
            sb++;
    }
    if ((uint32_t)sa >= s->tok1)
        return 0;
    trim(c, &sa, &sb);
    if (sb < sa)
        return 0;
    /* the content: the rest of the sentence outside "according to X" */
    int32_t xa, xb;
    int32_t s0 = (int32_t)s->tok0, s1 = (int32_t)s->tok1 - 1;
    if (i - 1 > s0 && hs_tok_is(d, (uint32_t)i - 1, ",")) {
        xa = s0;
        xb = i - 1;
    } else if (i == s0 || (i == s0 + 1 && is_punct(d, (uint32_t)s0))) {
        xa = sb + 1;
        xb = s1;
    } else {
        xa = s0;
        xb = i - 1;
    }
    trim(c, &xa, &xb);
    if (xb < xa)
        return 0;
    hs_attr_work *w = new_attr(d, i, i + 1, sa, sb, "according to", err);
    if (!w)
        return -1;
    add_frag(&w->content, tok_span(d, xa, xb));
    return 0;
}

/* The quotation frame: "“It never ends,” she sighed." and "“…,” quipped
 * Smith." make any verb there a cue, however rare ("sighed", "quipped"):
 * a closed quotation ending in , ! or ?, then a short subject and a verb,
 * or a verb and a short subject, then the end of the sentence. */
static void mark_quote_frames(ctx *c)
{
    hs_doc *d = c->d;
    for (size_t q = 0; q < d->nquotes; q++) {
        const hs_quote *qq = &d->quotes[q];
        /* "She continued, “…”" and "He said:" + quotation: the verb right
         * before the colon or comma that opens a quotation */
        uint32_t o = qq->open_tok;
        if ((qq->closed || qq->runs_on) && o >= 2 &&
            (hs_tok_is(d, o - 1, ":") || hs_tok_is(d, o - 1, ",")) &&
            (d->toks[o - 2].pos == HS_POS_VBD || d->toks[o - 2].pos == HS_POS_VBZ ||
             d->toks[o - 2].pos == HS_POS_VBP) &&
            d->toks[o - 2].quote_depth == 0 &&
            (d->toks[o - 1].para == d->toks[o].para || hs_tok_is(d, o - 1, ":")))
            c->is_cue[o - 2] = 1;
        if (!qq->closed || qq->close_tok == 0)
            continue;
        int32_t j = (int32_t)qq->close_tok + 1;
        const char *inside_end = "";
        if (hs_tok_is(d, qq->close_tok - 1, ",") || hs_tok_is(d, qq->close_tok - 1, "!") ||
            hs_tok_is(d, qq->close_tok - 1, "?"))
            inside_end = ",";
        else if (j < (int32_t)d->ntoks && hs_tok_is(d, (uint32_t)j, ","))
            j++, inside_end = ",";
        if (!*inside_end || j >= (int32_t)d->ntoks)
            continue;
        int32_t end = (int32_t)d->sents[d->toks[qq->close_tok].sent].tok1;
        if (d->toks[j].sent != d->toks[qq->close_tok].sent)
            end = (int32_t)d->sents[d->toks[j].sent].tok1;
        /* find the first verb within 6 tokens; a coordinator means the
         * sentence goes on ("..., and is “willing ...") */
        int32_t v = -1;
        if (d->toks[j].pos == HS_POS_CC)
            continue;
        for (int32_t k = j; k < end && k < j + 7; k++) {
            uint8_t p = d->toks[k].pos;
            if (p == HS_POS_VBD || p == HS_POS_VBZ || p == HS_POS_VBP) {
                v = k;
                break;
            }
            if (is_punct(d, (uint32_t)k))
                break;
        }
        if (v < 0)
            continue;
        /* after the verb: the end of the sentence, a comma, or (verb
         * first) the subject up to the end */
        int32_t after = v + 1;
        if (v == j)
            while (after < end && !is_punct(d, (uint32_t)after) && after < v + 6)
                after++;
        if (after >= end || (is_punct(d, (uint32_t)after) && !(d->toks[after].flags & HS_TF_QUOTE)) ||
            hs_tok_is(d, (uint32_t)after, "to") ||
            hs_tok_is(d, (uint32_t)after, "as") || d->toks[after].pos == HS_POS_NNP ||
            d->toks[after].pos == HS_POS_NN)
            c->is_cue[v] = 1;
    }
}

/* "“…” ― Jacklyn Ashley": a quotation signed with a dash and a name. */
static int attribute_dash(ctx *c, int32_t i, hs_error *err)
{
    hs_doc *d = c->d;
    int32_t q = c->q_close[i > 0 ? i - 1 : 0];
    if (i == 0 || q < 0)
        return 0;
    int32_t sa = i + 1, sb = i;
    while (sb + 1 < (int32_t)d->ntoks && d->toks[sb + 1].para == d->toks[i].para &&
           (d->toks[sb + 1].flags & HS_TF_UPPER) && !(d->toks[sb + 1].flags & HS_TF_QUOTE) &&
           sb - sa < 5)
        sb++;
    if (sb < sa)
        return 0;
    hs_attr_work *w = new_attr(d, i, i, sa, sb, "sign", err);
    if (!w)
        return -1;
    add_quote_chain(c, &w->content, q);
    return 0;
}

/* "PENCE: Well, look, …" and "Poll: Clinton leads": a name and a colon
 * opening a paragraph give the rest of the paragraph to the name. */
static int attribute_colon(ctx *c, int32_t i, hs_error *err)
{
    hs_doc *d = c->d;
    const hs_paragraph *p = &d->paras[d->toks[i].para];
    int32_t sa = (int32_t)p->tok0, sb = i - 1;
    if (sa < (int32_t)p->tok1 && d->toks[sa].quote_role > 0)
        sa++;   /* transcripts quoted as a whole: "“PENCE: …" */
    if (sb < sa || sb - sa > 4)
        return 0;
    for (int32_t k = sa; k <= sb; k++)
        if (!(d->toks[k].flags & HS_TF_UPPER) && !hs_tok_is(d, (uint32_t)k, "."))
            return 0;
    int32_t xa = i + 1, xb = (int32_t)p->tok1 - 1;
    trim(c, &xa, &xb);
    if (xb < xa)
        return 0;
    hs_attr_work *w = new_attr(d, i, i, sa, sb, "say", err);
    if (!w)
        return -1;
    add_frag(&w->content, tok_span(d, xa, xb));
    return 0;
}

/* A Title Case headline: "Trump Could Address Clean Energy, Lindsey
 * Graham Says." or "Black Lawmakers Rip Donald Trump As A ‘Fraud.’" --
 * the first capitalised word that is nearly always a cue in train is the
 * cue; the name before it (or after the last comma) is the source, the
 * rest the content.  Tags and trees are unreliable on such lines. */
static int attribute_headline(ctx *c, hs_error *err)
{
    hs_doc *d = c->d;
    const hs_paragraph *p = &d->paras[0];
    int32_t t0 = (int32_t)p->tok0, end = (int32_t)p->tok1 - 1;
    while (end > t0 && is_punct(d, (uint32_t)end) && !is_quote_mark(d, (uint32_t)end))
        end--;
    int32_t v = -1;
    for (int32_t i = t0 + 1; i <= end && v < 0; i++) {
        const hs_token *t = &d->toks[i];
        const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(d, t), hs_tok_len(t), 'V');
        if (e && e->seen >= 5 && e->in_cue * 2 >= e->seen && t->quote_depth == 0)
            v = i;
    }
    if (v < 0)
        return 0;
    int32_t sa, sb, xa, xb;
    if (v == end) {                    /* "..., Lindsey Graham Says." */
        int32_t k = v - 1;
        while (k > t0 && !hs_tok_is(d, (uint32_t)k, ","))
            k--;
        if (k <= t0 || v - k > 5)
            return 0;
        sa = k + 1, sb = v - 1, xa = t0, xb = k - 1;
    } else {                           /* "Black Lawmakers Rip ..." */
        if (v - t0 > 5)
            return 0;
        sa = t0, sb = v - 1, xa = v + 1, xb = end;
    }
    trim(c, &sa, &sb);
    trim(c, &xa, &xb);
    if (sb < sa || xb < xa)
        return 0;
    hs_attr_work *w = new_attr(d, v, v, sa, sb, cue_lemma(c, (uint32_t)v), err);
    if (!w)
        return -1;
    close_quotes(c, &xa, &xb);
    add_frag(&w->content, tok_span(d, xa, xb));
    return 0;
}

/* ------------------------------------------------ continuations etc */

/* First token whose code-point range ends after cp (binary search). */
static uint32_t tok_at(const hs_doc *d, size_t cp)
{
    size_t lo = 0, hi = d->ntoks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->toks[mid].c1 <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

static size_t content_len(const hs_attr_work *w)
{
    size_t n = 0;
    for (uint32_t k = 0; k < w->content.n; k++)
        n += w->content.frag[k].end - w->content.frag[k].begin;
    return n;
}

static int cmp_len_desc(const void *x, const void *y)
{
    size_t a = content_len(x), b = content_len(y);
    return (a < b) - (a > b);
}

/* Mark each token with the attribution whose content holds it, outer
 * (longer) contents first so an inner one does not take their tokens. */
static void mark_owners(ctx *c)
{
    hs_doc *d = c->d;
    for (size_t i = 0; i < d->ntoks; i++)
        c->owner[i] = -1;
    for (size_t a = 0; a < d->nattrs; a++) {
        const hs_frags *f = &d->attrs[a].content;
        for (uint32_t k = 0; k < f->n; k++)
            for (uint32_t i = tok_at(d, f->frag[k].begin);
                 i < d->ntoks && d->toks[i].c0 < f->frag[k].end; i++)
                if (c->owner[i] < 0)
                    c->owner[i] = (int32_t)a;
    }
}

/* Drop attributions whose cue lies inside another's content (PolNeAR
 * marks only the outermost of nested attributions). */
static void drop_nested(ctx *c)
{
    hs_doc *d = c->d;
    if (d->nattrs > 1)
        qsort(d->attrs, d->nattrs, sizeof *d->attrs, cmp_len_desc);
    mark_owners(c);
    size_t out = 0;
    for (size_t a = 0; a < d->nattrs; a++) {
        const hs_attr_work *w = &d->attrs[a];
        int32_t o = w->cue_tok0 >= 0 ? c->owner[w->cue_tok0] : -1;
        if (o < 0 || o == (int32_t)a)
            d->attrs[out++] = *w;
    }
    d->nattrs = out;
    mark_owners(c);
}

/* Quotations no attribution claimed that follow, in the same paragraph,
 * a quoted content ("“A,” he said. “B.”") join that content, when their
 * sentence has no cue of its own.  One left-to-right pass. */
static void join_continuations(ctx *c)
{
    hs_doc *d = c->d;
    int32_t last = -1;          /* last quoted content seen in this para */
    uint32_t para = 0;
    for (uint32_t i = 0; i < d->ntoks; i++) {
        const hs_token *t = &d->toks[i];
        if (t->para != para) {
            para = t->para;
            last = -1;
        }
        if (c->owner[i] >= 0) {
            if (t->quote_role != 0)
                last = c->owner[i];
            continue;
        }
        int32_t q = c->q_open[i];
        if (q < 0 || last < 0 || !d->quotes[q].closed)
            continue;
        const hs_sentence *s = &d->sents[t->sent];
        bool own_cue = false;
        for (uint32_t k = s->tok0; k < s->tok1 && !own_cue; k++)
            own_cue = c->is_cue[k] != 0 && d->toks[k].quote_depth == 0;
        if (own_cue)
            continue;
        add_quote_chain(c, &d->attrs[last].content, q);
        for (uint32_t k = i; k <= d->quotes[q].close_tok; k++)
            c->owner[k] = last;
        i = d->quotes[q].close_tok;
    }
}

/* Cut span `cut` out of the fragments of f (a fragment may split). */
static void frags_subtract(hs_frags *f, hs_span cut)
{
    if (cut.end <= cut.begin)
        return;
    hs_frags out = { 0 };
    for (uint32_t k = 0; k < f->n; k++) {
        hs_span x = f->frag[k];
        hs_span parts[2] = { { x.begin, x.end }, { 0, 0 } };
        if (cut.begin < x.end && x.begin < cut.end) {
            parts[0] = (hs_span){ x.begin, cut.begin > x.begin ? cut.begin : x.begin };
            parts[1] = (hs_span){ cut.end < x.end ? cut.end : x.end, x.end };
        }
        for (int p = 0; p < 2; p++)
            if (parts[p].end > parts[p].begin && out.n < HS_MAX_FRAGS)
                out.frag[out.n++] = parts[p];
    }
    *f = out;
}

/* Trim ASCII white space off the edges of each fragment; drop empties. */
static void frags_trim(const hs_doc *d, hs_frags *f)
{
    uint32_t out = 0;
    for (uint32_t k = 0; k < f->n; k++) {
        hs_span x = f->frag[k];
        while (x.begin < x.end && strchr(" \t\r\n", d->text[d->byte_of_cp[x.begin]]))
            x.begin++;
        while (x.end > x.begin && strchr(" \t\r\n", d->text[d->byte_of_cp[x.end - 1]]))
            x.end--;
        if (x.end > x.begin)
            f->frag[out++] = x;
    }
    f->n = out;
}

/* Where span s starts, after a capitalised dateline or heading and its
 * dash at the start of a paragraph ("WASHINGTON ― Donald Trump's ...",
 * "CALLED OUT BY FELLOW DOCTORS — He's been dragged ..."): the text
 * after the dash, or s unchanged. */
static hs_span skip_heading(const hs_doc *d, hs_span s)
{
    static const char *const dashes[] = {
        "\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93", "--", NULL
    };
    uint32_t i = tok_at(d, s.begin);
    if (i >= d->ntoks || d->toks[i].c0 != s.begin || !(d->toks[i].flags & HS_TF_PARA_START))
        return s;
    for (uint32_t k = i; k < d->ntoks && d->toks[k].c1 < s.end; k++) {
        if (tok_in(d, k, dashes)) {
            if (k > i && k + 1 < d->ntoks && d->toks[k + 1].c0 < s.end)
                s.begin = d->toks[k + 1].c0;
            return s;
        }
        if (!(d->toks[k].flags & HS_TF_ALLCAPS) && !is_punct(d, k))
            return s;
    }
    return s;
}

/* PolNeAR is univocal: within one attribution the source, the cue and
 * the content never share a character.  Whatever the rules above did on
 * odd input, enforce it here; an attribution left without content goes. */
static void make_disjoint(hs_doc *d)
{
    size_t out = 0;
    for (size_t a = 0; a < d->nattrs; a++) {
        hs_attr_work *w = &d->attrs[a];
        if (w->source.end > w->source.begin && w->cue.begin < w->source.end &&
            w->source.begin < w->cue.end) {
            w->source = (hs_span){ 0, 0 };
            w->src_tok0 = w->src_tok1 = -1;
        }
        frags_subtract(&w->content, w->cue);
        frags_subtract(&w->content, w->source);
        frags_trim(d, &w->content);
        if (w->content.n)
            d->attrs[out++] = *w;
    }
    d->nattrs = out;
}

/* Direct, mixed or indirect from the content's quotation marks. */
static void classify_kind(const ctx *c, hs_attr_work *w)
{
    const hs_doc *d = c->d;
    bool all_quoted = true, any = false;
    for (uint32_t k = 0; k < w->content.n; k++) {
        hs_span f = w->content.frag[k];
        uint32_t i0 = tok_at(d, f.begin), i1 = i0;
        for (uint32_t i = i0; i < d->ntoks && d->toks[i].c0 < f.end; i++)
            i1 = i;
        if (i0 >= d->ntoks)
            continue;
        /* a fragment is quoted when it is one quotation from its opening
         * to its closing mark (or to the end of a paragraph it runs on
         * from), or lies inside one */
        int32_t q = c->q_open[i0];
        bool whole = q >= 0 && d->quotes[q].close_tok == i1 &&
                     (d->quotes[q].closed || d->quotes[q].runs_on);
        bool inside = true;
        for (uint32_t i = i0; i <= i1; i++) {
            if (d->toks[i].quote_role < 0)
                any = true;
            else if (d->toks[i].quote_role > 0 && c->q_open[i] >= 0) {
                const hs_quote *qq = &d->quotes[c->q_open[i]];
                /* a stray opening mark quotes nothing */
                any |= qq->closed || qq->runs_on || qq->continues >= 0;
            }
            if (d->toks[i].quote_depth == 0 || d->toks[i].quote_role != 0)
                inside = false;
        }
        if (inside)
            whole = any = true;
        all_quoted &= whole;
    }
    w->kind = all_quoted ? HS_DIRECT : any ? HS_MIXED : HS_INDIRECT;
}

static int cmp_attr(const void *x, const void *y)
{
    const hs_attr_work *a = x, *b = y;
    size_t ka = a->cue.end > a->cue.begin ? a->cue.begin : a->content.frag[0].begin;
    size_t kb = b->cue.end > b->cue.begin ? b->cue.begin : b->content.frag[0].begin;
    return (ka > kb) - (ka < kb);
}

int hs_attribute(hs_doc *d, hs_error *err)
{
    if (d->ntoks == 0)
        return 0;
    ctx c = { .d = d, .lx = d->eng->lex };
    if (!ctx_init(&c)) {
        ctx_free(&c);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    hs_cues_detect(d, &c.tree, c.is_cue);
    mark_quote_frames(&c);
    int rc = 0;
    for (uint32_t i = 0; i < d->ntoks && rc == 0; i++) {
        if (hs_tok_is(d, i, "according"))
            rc = attribute_according(&c, (int32_t)i, err);
        else if (hs_tok_is(d, i, "\xE2\x80\x95") || hs_tok_is(d, i, "\xE2\x80\x94"))
            rc = attribute_dash(&c, (int32_t)i, err);
        else if (hs_tok_is(d, i, ":") && !c.is_cue[i - (i > 0)] &&
                 (i < 6 || (d->toks[i].flags & HS_TF_PARA_START) ||
                  i - d->paras[d->toks[i].para].tok0 <= 5))
            rc = attribute_colon(&c, (int32_t)i, err);
        else if (c.is_cue[i])
            rc = attribute_verb(&c, (int32_t)i, err);
    }
    /* a Title Case headline where the tree found nothing */
    if (rc == 0 && hs_title_head(d)) {
        bool any = false;
        for (size_t a = 0; a < d->nattrs && !any; a++)
            any = d->attrs[a].cue_tok0 >= 0 &&
                  (uint32_t)d->attrs[a].cue_tok0 < d->paras[0].tok1;
        if (!any)
            rc = attribute_headline(&c, err);
    }
    if (rc == 0) {
        drop_nested(&c);
        join_continuations(&c);
        drop_nested(&c);   /* cues inside the quotations just joined */
        for (size_t a = 0; a < d->nattrs; a++) {
            hs_attr_work *w = &d->attrs[a];
            if (w->content.n)
                w->content.frag[0] = skip_heading(d, w->content.frag[0]);
            if (w->source.end > w->source.begin)
                w->source = skip_heading(d, w->source);
        }
        make_disjoint(d);
        if (d->nattrs > 1)
            qsort(d->attrs, d->nattrs, sizeof *d->attrs, cmp_attr);
        for (size_t a = 0; a < d->nattrs; a++)
            classify_kind(&c, &d->attrs[a]);
    }
    ctx_free(&c);
    return rc;
}
