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
 *
 * This file is the stage's entry point and its frames: how a cue, a source
 * and a content are put together into one attribution, for a cue verb,
 * "according to", a signed quotation, a "NAME:" paragraph and a Title Case
 * headline.  The rules for each part live beside it: attr_cue.c (the cue's
 * span), attr_source.c (the source's), attr_content.c (the content's,
 * quotations included) and attr_tidy.c (the passes over the whole document
 * once every cue has its attribution).  attr.h holds what they share.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attr.h"
#include "bounds.h"
#include "sources.h"
#include "cues.h"

/* ------------------------------------------------------------ state */

/* Allocate the per-token state and the tree view. */
static bool ctx_init(attr_ctx *c)
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
    c->weak_cue = calloc(n, 1);
    c->cue_strength = calloc(n, 1);
    c->q_open = malloc(n * sizeof(int32_t));
    c->q_close = malloc(n * sizeof(int32_t));
    c->owner = malloc(n * sizeof(int32_t));
    c->run_on = malloc(n * sizeof(int32_t));
    if (!c->is_cue || !c->weak_cue || !c->cue_strength || !c->q_open || !c->q_close || !c->owner ||
        !c->run_on)
        return false;
    for (size_t i = 0; i < n; i++)
        c->q_open[i] = c->q_close[i] = c->owner[i] = c->run_on[i] = -1;
    for (size_t q = 0; q < d->nquotes; q++) {
        const hs_quote *qq = &d->quotes[q];
        c->q_open[qq->open_tok] = (int32_t)q;
        if (qq->closed)
            c->q_close[qq->close_tok] = (int32_t)q;
    }
    return true;
}

static void ctx_free(attr_ctx *c)
{
    hs_tree_free(&c->tree);
    free(c->is_cue);
    free(c->cue_strength);
    free(c->weak_cue);
    free(c->q_open);
    free(c->q_close);
    free(c->owner);
    free(c->run_on);
}

/* ----------------------------------------------------------- frames */

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

/* A new attribution for verb cue v with cue tokens [ca, cb], source
 * tokens [sa, sb] (sa < 0: none) and the given content; 0, or -1 with err
 * set when memory runs out. */
static int add_verb_attr(attr_ctx *c, int32_t v, int32_t ca, int32_t cb, int32_t sa,
                         int32_t sb, const hs_frags *content, hs_error *err)
{
    hs_attr_work *w = new_attr(c->d, ca, cb, sa, sb, cue_lemma(c, (uint32_t)v), err);
    if (!w)
        return -1;
    w->weak = c->is_cue[v] == 2;
    w->content = *content;
    return 0;
}

/* A new attribution with cue tokens [ca, cb], source tokens [sa, sb]
 * and content tokens [xa, xb]; 0, or -1 with err set when memory runs
 * out. */
static int add_span_attr(hs_doc *d, int32_t ca, int32_t cb, int32_t sa, int32_t sb,
                         const char *lemma, int32_t xa, int32_t xb, hs_error *err)
{
    hs_attr_work *w = new_attr(d, ca, cb, sa, sb, lemma, err);
    if (!w)
        return -1;
    hs_attr_add_frag(&w->content, tok_span(d, xa, xb));
    return 0;
}

/* Does quotation q open inside its sentence, after words of the
 * sentence that are not a speaker's lead-in (a title in a phrase: "In
 * his book, ''Title,''")?  A quotation that opens its sentence, or right
 * after a colon, is a statement. */
static bool embedded_quote(const attr_ctx *c, int32_t q)
{
    const hs_doc *d = c->d;
    uint32_t o = d->quotes[q].open_tok;
    uint32_t s0 = d->sents[d->toks[o].sent].tok0;
    if (o <= s0 || hs_tok_is(d, o - 1, ":"))
        return false;
    for (uint32_t k = s0; k < o; k++)
        if (!is_punct(d, k))
            return d->quotes[q].close_tok > o && d->quotes[q].close_tok - o <= 12;
    return false;
}

/* Is quotation q a title set inside a phrase: opened right after a
 * preposition or a noun, its words capitalised ("his co-star in |
 * “Night Shift,” | wrote on Instagram that ...")?  Such a quotation
 * names a work; it says nothing. */
static bool quoted_title_in_phrase(const attr_ctx *c, int32_t q)
{
    static const char *const small[] = { "a", "an", "the", "of", "and", "in", "on", "to",
                                         "for", "at", "with", NULL };
    const hs_doc *d = c->d;
    uint32_t o = d->quotes[q].open_tok, e = d->quotes[q].close_tok;
    if (o == 0 || e <= o + 1 || e - o > 8 || !d->quotes[q].closed ||
        !(d->toks[o - 1].pos == HS_POS_IN || is_noun(d, (int32_t)o - 1)))
        return false;
    for (uint32_t k = o + 1; k < e; k++) {
        if (is_punct(d, k))
            continue;
        if (!(d->toks[k].flags & HS_TF_UPPER) && !(k > o + 1 && hs_tok_in(d, k, small)))
            return false;
    }
    return true;
}

/* Has cue verb v a clause of its own after its cue (which ends at cb),
 * anywhere to the right ("wrote on Instagram | that she was
 * heartbroken")? */
static bool clause_after(const attr_ctx *c, int32_t v, int32_t cb)
{
    const hs_doc *d = c->d;
    FOR_CHILDREN(c, v, k)
        if (k > cb && d->toks[k].deprel == HS_DEP_CCOMP)
            return true;
    return false;
}

/* Has cue verb v an object, clause or infinitive of its own right after
 * its cue (which ends at cb)? */
static bool right_complement(const attr_ctx *c, int32_t v, int32_t cb)
{
    const hs_doc *d = c->d;
    FOR_CHILDREN(c, v, k) {
        int r = d->toks[k].deprel;
        if (k > cb && (r == HS_DEP_DOBJ || r == HS_DEP_CCOMP || r == HS_DEP_XCOMP) &&
            c->left[k] <= cb + 2)
            return true;
    }
    return false;
}

/* Is everything after "tell" v its recipient ("told | The Huffington
 * Post on Thursday")?  Then what was told is elsewhere. */
static bool told_recipient_only(const attr_ctx *c, int32_t v, int32_t after)
{
    const hs_doc *d = c->d;
    static const char *const tell[] = { "tell", NULL };
    if (!lemma_is(cue_lemma(c, (uint32_t)v), tell))
        return false;
    int32_t o = -1;
    FOR_CHILDREN(c, v, k) {
        if (k <= after)
            continue;
        int r = d->toks[k].deprel;
        if (r == HS_DEP_CCOMP || r == HS_DEP_XCOMP || r == HS_DEP_PARATAXIS ||
            r == HS_DEP_ADVCL || r == HS_DEP_DEP || r == HS_DEP_IOBJ)
            return false;
        if (r == HS_DEP_DOBJ)
            o = k;
    }
    if (o < 0)
        return false;
    /* no verb after it: "told Joyce | he's not planning an appeal" */
    int32_t end = (int32_t)d->sents[d->toks[v].sent].tok1;
    for (int32_t k = after + 1; k < end; k++)
        if (is_verbal(d, k))
            return false;
    uint8_t p = d->toks[o].pos;
    return (p == HS_POS_NNP || p == HS_POS_NNPS || p == HS_POS_PRP ||
            hs_tok_is(d, (uint32_t)o, "reporters")) &&
           !(d->toks[o].flags & HS_TF_QUOTE) && d->toks[o].quote_depth == 0;
}

/* A sentence that opens with its cue, the speaker after it and then
 * the quotation: "Said Comey, “...”", "Stated Stone: “...”", "In other
 * words, explained moderator Nancy Cordes: “...”".  The speaker into
 * [*sa, *sb]; returns the quotation, or -1. */
static int32_t inverted_opening(const attr_ctx *c, int32_t v, int32_t *sa, int32_t *sb)
{
    const hs_doc *d = c->d;
    const hs_sentence *s = &d->sents[d->toks[v].sent];
    int32_t s0 = (int32_t)s->tok0, s1 = (int32_t)s->tok1;
    /* (the tagger reads a capitalised "Said" as a name) */
    uint8_t p = d->toks[v].pos;
    if (d->toks[v].quote_depth != 0 || !(d->toks[v].flags & HS_TF_UPPER) ||
        !(p == HS_POS_VBD || p == HS_POS_VBZ || p == HS_POS_VBN ||
          (p == HS_POS_NNP && cue_share(c, v) >= 0.3)))
        return -1;
    /* at the start, or after a short opener and its comma */
    if (v != s0 && !(v - 1 > s0 && v - 1 <= s0 + 4 && hs_tok_is(d, (uint32_t)v - 1, ",")))
        return -1;
    int32_t e = v + 1;
    if (e >= s1 || !(d->toks[e].flags & HS_TF_UPPER) || is_punct(d, (uint32_t)e))
        return -1;
    while (e + 1 < s1 && e < v + 8 && !is_punct(d, (uint32_t)e + 1) && !is_verbal(d, e + 1))
        e++;
    int32_t k = e + 1;
    if (k >= s1 || !(hs_tok_is(d, (uint32_t)k, ",") || hs_tok_is(d, (uint32_t)k, ":")))
        return -1;
    /* a relative clause on the speaker runs to the comma before the
     * quotation: "Said Dorothy Poynter, who grew up with Ali, “...”" */
    int32_t q = k + 1;
    if (q < s1 && hs_tok_in(d, (uint32_t)q, hs_attr_rel_pronouns)) {
        while (q < s1 && !is_quote_mark(d, (uint32_t)q))
            q++;
        if (q >= s1 || !hs_tok_is(d, (uint32_t)q - 1, ","))
            return -1;
        e = q - 2;
    }
    if (q >= s1 || !is_quote_mark(d, (uint32_t)q) || d->toks[q].quote_role <= 0 ||
        c->q_open[q] < 0)
        return -1;
    *sa = v + 1;
    *sb = e;
    return c->q_open[q];
}

/* The subject before and the direct object after v, an active verb:
 * the frame of the two cues below, whose subject is what was said and
 * whose object (or a phrase on it) says who said it. */
static bool subject_then_object(const attr_ctx *c, int32_t v, int32_t *s, int32_t *o)
{
    if (!is_verbal(c->d, v) || child(c, v, HS_DEP_AUXPASS) >= 0)
        return false;
    *s = child(c, v, HS_DEP_NSUBJ);
    *o = child(c, v, HS_DEP_DOBJ);
    return *s >= 0 && *o >= 0 && *s < v && *o > v;
}

/* Tokens [a, b] trimmed of edge punctuation into [*ta, *tb]; false when
 * nothing is left. */
static bool trimmed_phrase(const attr_ctx *c, int32_t a, int32_t b, int32_t *ta, int32_t *tb)
{
    *ta = a;
    *tb = b;
    hs_attr_trim(c, ta, tb);
    return *tb >= *ta;
}

/* A verb of feeling whose object feels it: "His behavior has angered |
 * the party's top figures", "That worries | environmentalists".  The
 * one who feels is the source, what makes them feel it the content (an
 * active verb with a subject and an object, no clause). */
static bool feeling_caused(const attr_ctx *c, int32_t v, int32_t *sa, int32_t *sb,
                           int32_t *xa, int32_t *xb)
{
    static const char *const feel[] = {
        "anger", "infuriate", "rattle", "unsettle", "alarm", "outrage", "offend",
        "frustrate", "irk", "spook", "dismay", "horrify", "worry", "trouble",
        "disappoint", "upset", "concern", NULL
    };
    int32_t s, o;
    if (!lemma_is(cue_lemma(c, (uint32_t)v), feel) || child(c, v, HS_DEP_CCOMP) >= 0 ||
        child(c, v, HS_DEP_XCOMP) >= 0 || !subject_then_object(c, v, &s, &o))
        return false;
    bool source = trimmed_phrase(c, c->left[o], c->right[o], sa, sb);
    bool content = trimmed_phrase(c, c->left[s], c->right[s], xa, xb);
    return source && content;
}

/* Words said about the subject by someone else: "The proposal | has
 * drawn harsh criticism | from fellow GOP hopefuls", "She | drew
 * support | from a large majority".  The cue runs through the noun
 * (into *cb), the phrase after "from" is the source, the subject the
 * content (train: 17 such cues with the source after them, 4 before). */
static bool drew_words_from(const attr_ctx *c, int32_t v, int32_t *cb, int32_t *sa,
                            int32_t *sb, int32_t *xa, int32_t *xb)
{
    const hs_doc *d = c->d;
    static const char *const draw[] = { "draw", "attract", "earn", NULL };
    static const char *const words[] = {
        "criticism", "fire", "praise", "support", "scorn", "ire", "rebuke",
        "condemnation", "backlash", "applause", "skepticism", "complaints",
        "protests", "opposition", "outrage", "ridicule", NULL
    };
    int32_t s, o;
    if (!lemma_is(cue_lemma(c, (uint32_t)v), draw) || !subject_then_object(c, v, &s, &o) ||
        !hs_tok_in(d, (uint32_t)o, words))
        return false;
    /* "from X" on the verb or on the noun */
    int32_t from = -1;
    for (int pass = 0; pass < 2 && from < 0; pass++) {
        int32_t h = pass ? o : v;
        FOR_CHILDREN(c, h, k) {
            int32_t cs = child(c, k, HS_DEP_CASE);
            if (k > o && d->toks[k].deprel == HS_DEP_NMOD && cs >= 0 && cs == c->left[k] &&
                hs_tok_is(d, (uint32_t)cs, "from")) {
                from = k;
                break;
            }
        }
    }
    if (from < 0)
        return false;
    *cb = o;
    bool source = trimmed_phrase(c, c->left[from] + 1, c->right[from], sa, sb);
    bool content = trimmed_phrase(c, c->left[s], c->right[s], xa, xb);
    return source && content;
}

/* Walking back through a speaker's words from token k: the first token
 * before an aside the speaker's name may hold, a party and state in
 * parentheses ("Rep. Robert C. Scott | (D-Va.)") or a nickname in
 * quotation marks ("Marcia | "Cia" | Price"); k itself when k closes
 * none.  An aside is a few words within the paragraph. */
static int32_t before_name_aside(const attr_ctx *c, int32_t k)
{
    const hs_doc *d = c->d;
    if (hs_tok_is(d, (uint32_t)k, ")")) {
        for (int32_t j = k - 1; j > 0 && j >= k - 8 && d->toks[j].para == d->toks[k].para; j--) {
            if (is_quote_mark(d, (uint32_t)j) || hs_tok_is(d, (uint32_t)j, ")"))
                break;
            if (hs_tok_is(d, (uint32_t)j, "("))
                return j - 1;
        }
        return k;
    }
    if (!is_quote_mark(d, (uint32_t)k) || d->toks[k].quote_role >= 0 || c->q_close[k] < 0 ||
        (uint32_t)k + 1 >= d->ntoks || !(d->toks[k + 1].flags & HS_TF_UPPER))
        return k;
    int32_t o = (int32_t)d->quotes[c->q_close[k]].open_tok;
    if (o < 1 || k - o < 2 || k - o > 4 || !(d->toks[o - 1].flags & HS_TF_UPPER) ||
        d->toks[o - 1].para != d->toks[k].para)
        return k;
    for (int32_t j = o + 1; j < k; j++)
        if (!(d->toks[j].flags & HS_TF_UPPER))
            return k;
    return o - 1;
}

/* "“…,” Trump told | ITV ...", "“…,” the bespectacled, 71-year-old
 * diplomat said", "“…,” Blunt, after a long pause, said of Cruz": a
 * quotation that closes on a comma (or "?", "!"), then a few words with
 * no verb, then the cue starting at ca.  The quotation is the cue's
 * content; the words up to their first comma are the speaker (into
 * [*sa, *sb]).  Returns the quotation, or -1. */
static int32_t comma_quote_then_speaker(const attr_ctx *c, int32_t ca, int32_t *sa,
                                        int32_t *sb)
{
    const hs_doc *d = c->d;
    int32_t k = ca - 1, words = 0;
    while (k >= 0 && words < 13 && d->toks[k].para == d->toks[ca].para) {
        k = before_name_aside(c, k);
        if (k < 0 || (is_quote_mark(d, (uint32_t)k) && d->toks[k].quote_role < 0))
            break;
        if (d->toks[k].quote_depth || is_verbal(d, k) || d->toks[k].pos == HS_POS_CC ||
            (is_punct(d, (uint32_t)k) && !hs_tok_is(d, (uint32_t)k, ",")))
            return -1;
        k--;
        words++;
    }
    if (k < 1 || k >= ca - 1 || !is_quote_mark(d, (uint32_t)k) || d->toks[k].quote_role >= 0 ||
        d->toks[k].para != d->toks[ca].para)
        return -1;
    int32_t q = c->q_close[k];
    if (q < 0)
        return -1;
    /* a quotation of its own, not one quoted inside a clause ("he said
     * there was no “...,” but he said that ...") */
    uint32_t o = d->quotes[q].open_tok;
    if (!(d->toks[o].flags & HS_TF_SENT_START) && !(o > 0 && hs_tok_is(d, o - 1, ":")))
        return -1;
    int32_t a = k + 1;
    if (hs_tok_is(d, (uint32_t)a, ","))
        a++;
    else if (!(hs_tok_is(d, (uint32_t)k - 1, ",") || hs_tok_is(d, (uint32_t)k - 1, "?") ||
               hs_tok_is(d, (uint32_t)k - 1, "!")))
        return -1;
    int32_t b = a;
    bool named = false;
    while (b < ca && !hs_tok_is(d, (uint32_t)b, ",")) {
        named |= (d->toks[b].flags & HS_TF_UPPER) || is_noun(d, b) ||
                 d->toks[b].pos == HS_POS_PRP;
        b++;
    }
    if (b == a || !named)
        return -1;
    *sa = a;
    *sb = b - 1;
    hs_attr_trim(c, sa, sb);
    return *sb >= *sa ? q : -1;
}

/* "“…,” retired Air Force general Lloyd Newton said.": a quotation,
 * a few words and the cue [ca, cb] closing the sentence.  The words are
 * the speaker (into [*sa, *sb]) whatever the parser made of them (here
 * "retired" a verb and "said" its complement).  Returns the quotation,
 * or -1. */
static int32_t quote_then_speaker(const attr_ctx *c, int32_t ca, int32_t cb, int32_t *sa,
                                  int32_t *sb)
{
    const hs_doc *d = c->d;
    const hs_sentence *s = &d->sents[d->toks[ca].sent];
    int32_t s0 = (int32_t)s->tok0, end = cb + 1;
    if (end >= (int32_t)s->tok1 || !is_punct(d, (uint32_t)end) || is_quote_mark(d, (uint32_t)end) ||
        hs_tok_is(d, (uint32_t)end, ","))
        return -1;
    int32_t k = ca - 1;
    bool named = false;
    while (k >= s0 && k > ca - 10 && !is_punct(d, (uint32_t)k)) {
        named |= (d->toks[k].flags & HS_TF_UPPER) || is_noun(d, k) ||
                 d->toks[k].pos == HS_POS_PRP;
        k--;
    }
    if (k == ca - 1 || k < s0 + 1 || !named)
        return -1;
    int32_t q = -1;
    if (is_quote_mark(d, (uint32_t)k) && d->toks[k].quote_role < 0)
        q = c->q_close[k];
    else if (hs_tok_is(d, (uint32_t)k, ",") && is_quote_mark(d, (uint32_t)k - 1) &&
             d->toks[k - 1].quote_role < 0)
        q = c->q_close[k - 1];
    if (q < 0)
        return -1;
    *sa = k + 1;
    *sb = ca - 1;
    return q;
}

/* Does token k lie inside a quotation that closes right before the cue
 * starting at ca (punctuation at most between)? */
static bool quoted_just_before(const attr_ctx *c, int32_t k, int32_t ca)
{
    const hs_doc *d = c->d;
    if (k >= ca || d->toks[k].quote_depth == 0 || d->toks[ca].quote_depth != 0)
        return false;
    int32_t j = ca - 1;
    while (j > k && is_punct(d, (uint32_t)j) && !is_quote_mark(d, (uint32_t)j))
        j--;
    return j > k && is_quote_mark(d, (uint32_t)j) && d->toks[j].quote_role < 0 &&
           (uint32_t)k > d->quotes[c->q_close[j]].open_tok;
}

/* The phrase of v's direct object, a noun or pronoun right after the
 * cue ending at cb, as the source (into [*sa, *sb]). */
static bool object_after_cue(const attr_ctx *c, int32_t v, int32_t cb, int32_t *sa, int32_t *sb)
{
    const hs_doc *d = c->d;
    int32_t o = child(c, v, HS_DEP_DOBJ);
    if (o < 0 || c->left[o] != cb + 1 ||
        !(is_noun(d, o) || d->toks[o].pos == HS_POS_PRP))
        return false;
    return trimmed_phrase(c, c->left[o], c->right[o], sa, sb);
}

/* Does the cue [ca, cb] close a sentence of its own, "SOURCE CUE ." with
 * at most a short phrase after the cue ("Trump said.", "X said in a
 * statement.")?  Returns the sentence-final token, or -1. */
static int32_t bare_cue_sentence_end(const attr_ctx *c, int32_t ca, int32_t cb)
{
    const hs_doc *d = c->d;
    const hs_sentence *s = &d->sents[d->toks[ca].sent];
    int32_t e = (int32_t)s->tok1 - 1;
    if (e <= cb || e > cb + 5 || !(hs_tok_is(d, (uint32_t)e, ".")))
        return -1;
    for (int32_t k = cb + 1; k < e; k++)
        if (is_punct(d, (uint32_t)k) || is_verbal(d, k) || d->toks[k].quote_depth)
            return -1;
    return e;
}

/* The quotation whose closing mark is token k, in the paragraph of
 * token near, or -1. */
static int32_t quote_closing_at(const attr_ctx *c, int32_t k, int32_t near)
{
    const hs_doc *d = c->d;
    if (k < 0 || !is_quote_mark(d, (uint32_t)k) || d->toks[k].quote_role >= 0 ||
        d->toks[k].para != d->toks[near].para)
        return -1;
    return c->q_close[k];
}

/* The quotation, closed or running on, whose opening mark is token k, in
 * the paragraph of token near, or -1. */
static int32_t quote_opening_at(const attr_ctx *c, int32_t k, int32_t near)
{
    const hs_doc *d = c->d;
    if (k >= (int32_t)d->ntoks || d->toks[k].para != d->toks[near].para || c->q_open[k] < 0)
        return -1;
    const hs_quote *q = &d->quotes[c->q_open[k]];
    return q->closed || q->runs_on ? c->q_open[k] : -1;
}

/* Does sentence si hold a cue outside quotation marks? */
static bool sentence_has_cue(const attr_ctx *c, uint32_t si)
{
    const hs_doc *d = c->d;
    for (uint32_t k = d->sents[si].tok0; k < d->sents[si].tok1; k++)
        if (c->is_cue[k] && d->toks[k].quote_depth == 0)
            return true;
    return false;
}

/* "Trump said | the justice's “mind is shot.”" read as a second subject
 * of the cue after it: the rest of the sentence from that subject
 * (hs_attr_rest_of_sentence()), when the cue already has one before it. */
static bool subject_after_cue(const attr_ctx *c, int32_t v, int32_t cb, int32_t *a, int32_t *b)
{
    const hs_doc *d = c->d;
    if (!is_tensed(d, v))
        return false;
    int32_t k = -1;
    FOR_CHILDREN(c, v, j) {
        if (j > cb && d->toks[j].deprel == HS_DEP_NSUBJ) {
            k = j;
            break;
        }
    }
    if (k < 0 || c->left[k] != cb + 1)
        return false;
    return hs_attr_rest_of_sentence(c, cb, a, b);
}

/* A word that stands for a whole answer right after a cue ending at cb,
 * then a comma, a semicolon, a stop, "but", "and" or the sentence's end:
 * "said | yes",
 * "thinks | so", "acknowledged | as much", "suggest | otherwise" (train:
 * 24 gold contents of these words alone, 17 missed before).  Its words in
 * [*a, *b]. */
static bool answer_after_cue(const attr_ctx *c, int32_t cb, int32_t *a, int32_t *b)
{
    static const char *const one[] = { "yes", "no", "so", "otherwise", NULL };
    static const char *const after[] = { ",", ".", ";", "but", "and", NULL };
    const hs_doc *d = c->d;
    int32_t k = cb + 1, e;
    if (k >= (int32_t)d->ntoks || d->toks[k].sent != d->toks[cb].sent || d->toks[k].quote_depth)
        return false;
    if (hs_tok_in(d, (uint32_t)k, one))
        e = k;
    else if (hs_tok_is(d, (uint32_t)k, "as") && hs_tok_is(d, (uint32_t)k + 1, "much"))
        e = k + 1;
    else
        return false;
    if (e + 1 < (int32_t)d->sents[d->toks[k].sent].tok1 && !hs_tok_in(d, (uint32_t)e + 1, after))
        return false;
    *a = k;
    *b = e;
    return true;
}

/* Build the attribution of cue verb v. */
static int attribute_verb(attr_ctx *c, int32_t v, hs_error *err)
{
    hs_doc *d = c->d;
    int32_t ca, cb, sa = -1, sb = -1, xa, xb;
    hs_frags content = { 0 };
    hs_attr_cue_range(c, v, &ca, &cb);
    /* "The FBI is | reportedly | making arrangements ...": the clause
     * around a hearsay adverb, in two fragments, with no source */
    if (ca == v && cb == v && hs_attr_content_around_adverb(c, v, &content))
        return add_verb_attr(c, v, ca, cb, -1, -1, &content, err);
    /* "CLAUSE, said SOURCE.": the speaker after the verb, misread as its
     * object */
    if (ca == v && cb == v && hs_attr_inverted_after_comma(c, v, &sa, &sb, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
        return add_verb_attr(c, v, ca, cb, sa, sb, &content, err);
    }
    /* "The immigration bill, | opposed by | House Republicans, died": the
     * noun a passive participle closes on is the content, its agent the
     * source, and "by" ends the cue */
    int32_t ag;
    if (ca == v && hs_attr_reduced_relative(c, v) &&
        (ag = hs_attr_passive_agent(c, v)) >= 0 && c->left[ag] <= cb + 2 &&
        hs_attr_agent_range(c, ag, &sa, &sb)) {
        xa = c->left[d->toks[v].head];
        xb = v - 1;
        hs_attr_trim(c, &xa, &xb);
        if (xb >= xa) {
            hs_attr_add_frag(&content, tok_span(d, xa, xb));
            return add_verb_attr(c, v, ca, c->left[ag], sa, sb, &content, err);
        }
    }
    /* "His behavior | has angered | the party's top figures" */
    if (feeling_caused(c, v, &sa, &sb, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
        return add_verb_attr(c, v, ca, cb, sa, sb, &content, err);
    }
    /* "The proposal | has drawn harsh criticism | from | fellow GOP
     * hopefuls" */
    if (drew_words_from(c, v, &cb, &sa, &sb, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
        return add_verb_attr(c, v, ca, cb, sa, sb, &content, err);
    }
    /* "Said Comey, | “...”" */
    int32_t qi = ca == v ? inverted_opening(c, v, &sa, &sb) : -1;
    if (qi >= 0) {
        hs_attr_add_quote_chain(c, &content, qi);
        return add_verb_attr(c, v, ca, cb, sa, sb, &content, err);
    }
    /* the verb whose complements are the content: v itself, or the
     * speech verb of its infinitive ("declined to say | whether") */
    int32_t cv = c->run_on[v] >= 0 ? c->run_on[v] : hs_attr_infinitive_cue(c, v);
    if (cv < 0)
        cv = hs_attr_made_clear(c, v);
    if (cv < 0)
        cv = hs_attr_document_participle(c, v);
    if (cv >= 0) {
        int32_t xca;
        hs_attr_cue_range(c, cv, &xca, &cb);
        c->is_cue[cv] = 0;   /* one attribution for the whole chain */
    } else {
        cv = v;
    }
    int32_t agent = hs_attr_passive_agent(c, v);
    bool has_src;
    if (agent >= 0 && hs_attr_as_passive(c, v)) {
        has_src = hs_attr_agent_range(c, agent, &sa, &sb);   /* not the host's subject */
    } else {
        has_src = hs_attr_find_source(c, v, &sa, &sb);
        if (!has_src && agent >= 0)
            has_src = hs_attr_agent_range(c, agent, &sa, &sb);
    }
    /* "“Meh,” wrote | a Trump supporter who runs ...": the parser made
     * the quotation's word the subject and the speaker the object */
    if (has_src && agent < 0 && quoted_just_before(c, sa, ca))
        has_src = object_after_cue(c, v, cb, &sa, &sb);
    if (!has_src && agent < 0)
        has_src = hs_attr_source_by_position(c, v, ca, &sa, &sb) ||
                  hs_attr_inverted_object_source(c, v, ca, cb, &sa, &sb);
    /* "Asked whether ..., Mr. Daley said", "..., he said when asked
     * about it": PolNeAR gives the question no source (train: 37 of 41
     * sentence-initial, 29 of 34 after "when"); the answer has the
     * speaker */
    if (has_src && hs_tok_is(d, (uint32_t)v, "asked") &&
        child(c, v, HS_DEP_NSUBJ) < 0 && child(c, v, HS_DEP_NSUBJPASS) < 0 &&
        (((d->toks[v].flags & HS_TF_SENT_START) && sa > v) ||
         (v > 0 && hs_tok_is(d, (uint32_t)v - 1, "when"))))
        has_src = false;
    /* quotations first: before the cue clause, or right after the cue */
    /* where a content after the cue may start: after an inverted source
     * ("said Smith, a professor, | that ..."), not after the subject of
     * the clause a fronted participle hangs on ("Painting Trump as a
     * threat, the ad urges ...") */
    int32_t after = has_src && sa > cb && sa <= c->right[v] ? sb : cb;
    int32_t left_edge = ca;
    if (has_src && sa < ca && sb < ca && only_punct_between(d, sb, ca))
        left_edge = sa;   /* its own subject, right before it ("X (D-Md.) said") */
    int32_t qb = hs_attr_quote_before(c, left_edge);
    if (qb < 0 && has_src && sa > cb)     /* "“…,” said Smith" */
        qb = hs_attr_quote_before(c, ca);
    /* "“… missing.” Trump said.": the sentence of the cue is the
     * speaker and the cue alone, so the quotation before it is its own
     * even when it ends a sentence */
    if (qb < 0 && has_src && left_edge == sa && bare_cue_sentence_end(c, ca, cb) >= 0)
        qb = quote_closing_at(c, sa - 1, sa);
    bool comma_quote = false;
    if (qb < 0) {
        int32_t xsa, xsb, q = comma_quote_then_speaker(c, ca, &xsa, &xsb);
        if (q >= 0) {
            qb = q;
            comma_quote = true;
            if (!has_src || d->toks[sa].quote_depth || sa > cb || sa < xsa) {
                has_src = true;
                sa = xsa;
                sb = xsb;
            }
        }
    }
    if (qb < 0) {
        int32_t xsa, xsb, q = quote_then_speaker(c, ca, cb, &xsa, &xsb);
        if (q >= 0) {
            qb = q;
            has_src = true;
            sa = xsa;
            sb = xsb;
        }
    }
    int32_t qa = hs_attr_quote_after(c, after), colon = -1;
    /* a clause after the cue is its content, not a quoted title before
     * it: "In an interview on “Face the Nation,” Ryan said | the ..."; a
     * quotation opening the sentence is no title ("“..., who knows?”
     * Trump told | Britain's ITV ...", which the parser may read as a
     * clause) */
    int32_t cc = child(c, v, HS_DEP_CCOMP);
    if (qb >= 0 && !comma_quote && !(d->toks[d->quotes[qb].open_tok].flags & HS_TF_SENT_START) &&
        cc > cb && c->left[cc] == cb + 1 && qa < 0 &&
        d->toks[c->left[cc]].quote_depth == 0 && !(d->toks[c->left[cc]].flags & HS_TF_QUOTE))
        qb = -1;
    /* nor a quoted title inside a phrase before the cue when the verb
     * has an object or clause of its own after it: "In his 2002 book,
     * ''Make Your Kid a Millionaire,'' Mr. McKinley suggested | looking
     * at ...", "The spot, titled “Arrogant,” features | a report" */
    if (qb >= 0 && qa < 0 && embedded_quote(c, qb) &&
        (right_complement(c, v, cb) ||
         (quoted_title_in_phrase(c, qb) && clause_after(c, v, cb))))
        qb = -1;
    if (qb >= 0) {
        hs_attr_quote_lead_in(c, qb, &content);
        hs_attr_add_quote_chain(c, &content, qb);
        if (qa < 0)    /* "“...,” Flynn told the newspaper, “...”" */
            qa = hs_attr_quote_after_phrase(c, after, &colon);
        if (qa >= 0)   /* interrupted: "“We will win,” she said, “and soon.”" */
            hs_attr_add_quote_chain(c, &content, qa);
    } else if (qa >= 0 && d->quotes[qa].open_tok <= (uint32_t)cb + 2) {
        hs_attr_add_quote_chain(c, &content, qa);
    } else if (qa < 0 && (qa = hs_attr_quote_after_phrase(c, cb, &colon)) >= 0) {
        /* "adding later, | “...”", "said in a statement, | “...”"; a
         * phrase before a colon is the cue's: "released the following
         * statement: | “...”" */
        if (colon >= 0)
            cb = colon;
        hs_attr_add_quote_chain(c, &content, qa);
    } else if ((qa = hs_attr_that_quote_after(c, cb, &xa)) >= 0) {
        /* "said on its website | that “...”" */
        hs_attr_add_frag(&content, tok_span(d, xa, xa));
        hs_attr_add_quote_chain(c, &content, qa);
    } else if (is_noun(d, v) && v + 1 < (int32_t)d->ntoks && hs_tok_is(d, (uint32_t)v + 1, "that") &&
               d->toks[v + 1].deprel == HS_DEP_MARK && d->toks[v + 1].head > v) {
        /* "Trump's claim | that there have been ..." */
        xa = v + 1;
        xb = c->right[d->toks[v + 1].head];
        hs_attr_close_quotes(c, &xa, &xb);
        hs_attr_trim(c, &xa, &xb);
        if (xb >= xa)
            hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (answer_after_cue(c, cb, &xa, &xb)) {
        /* "half said | so", "75 percent said | yes, but ...", "acknowledged
         * | as much" */
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (hs_attr_content_around(c, v, &content) ||
               hs_attr_content_between_commas(c, v, has_src ? sa : -1, &content)) {
        /* done: two fragments around the cue */
    } else if (told_recipient_only(c, cv, after) &&
               hs_attr_content_left(c, v, has_src ? sa : -1, &xa, &xb)) {
        /* "CLAUSE, Graham told | The Huffington Post." */
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (hs_attr_as_passive(c, v) && hs_attr_as_clause_host(c, v, &xa, &xb)) {
        /* "As reported by Western Journalism, | investigators found ..." */
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (hs_attr_content_right(c, cv, after, &xa, &xb) ||
               (cv != v && hs_attr_content_right(c, v, after, &xa, &xb)) ||
               (cv != v && hs_attr_rest_of_sentence(c, cb, &xa, &xb))) {
        if (has_src && sa > cb && xa <= sb && after == sb)
            xa = sb + 1;
        int32_t lp = hs_attr_light_verb_prep(c, cv, xa, xb);
        if (lp >= 0) {          /* "expressed deep concern about | X" */
            cb = lp;
            xa = lp + 1;
        } else if ((lp = hs_attr_light_verb_that(c, cv, xa)) >= 0) {
            for (int32_t k = cb + 1; k < lp; k++)
                c->is_cue[k] = 0;   /* "concern" is no cue of its own here */
            cb = lp - 1;        /* "made the case | that X" */
            xa = lp;
            int32_t h = d->toks[lp].head;   /* the clause, when the parser hangs it on the verb */
            if (h > lp && c->right[h] > xb)
                xb = c->right[h];
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
            (!hs_tok_in(d, (uint32_t)xa, keep) || hs_attr_passive_as(c, cv, xa)) &&
            d->toks[xa + 1].quote_role <= 0) {
            cb = xa;
            xa++;
        }
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (hs_attr_content_left(c, v, has_src ? sa : -1, &xa, &xb) ||
               hs_attr_content_trailing(c, v, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (hs_attr_that_clause_after(c, cv, cb, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (hs_attr_as_clause_host(c, v, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (has_src && hs_attr_content_before_subject(c, v, ca, sa, sb, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    } else if (has_src && sa < ca && subject_after_cue(c, v, cb, &xa, &xb)) {
        hs_attr_add_frag(&content, tok_span(d, xa, xb));
    }
    /* passive: "The senator was accused of lying" takes the subject as a
     * first fragment; it may be the whole content, with an agent ("The
     * plan was rejected by voters") or without ("A motion for a roll-call
     * vote | has since been denied") */
    int32_t sp = hs_attr_experiencer_passive(c, v) ||
                 hs_attr_perfect_read_as_passive(c, v) ? -1 : child(c, v, HS_DEP_NSUBJPASS);
    /* the one asked is not what is asked: "Trump was asked | what
     * happened" (train: the gold content leaves the subject out 16 times
     * where this rule mends it, against 3 it breaks) */
    static const char *const ask[] = { "ask", NULL };
    if (sp >= 0 && content.n > 0 && lemma_is(cue_lemma(c, (uint32_t)v), ask))
        sp = -1;
    /* "Sam Lau ... said in a statement. | “There are no ...”": a cue
     * sentence with no content of its own, and a quotation opening the
     * next sentence of the paragraph, which has no cue of its own */
    int32_t end, qn;
    if (content.n == 0 && sp < 0 && has_src && sa < ca &&
        (end = bare_cue_sentence_end(c, ca, cb)) >= 0 &&
        (qn = quote_opening_at(c, end + 1, end)) >= 0 &&
        !sentence_has_cue(c, d->toks[end + 1].sent))
        hs_attr_add_quote_chain(c, &content, qn);
    if (content.n == 0 && sp < 0)
        return 0;
    if (sp < 0 && cv == v && hs_attr_is_raising(c, v))
        sp = child(c, v, HS_DEP_NSUBJ);   /* "Sanders appears | to have a lead" */
    /* a relative pronoun object before the cue is the content's start:
     * "the plan, *which* he called | “crap”" */
    if (sp < 0)
        sp = hs_attr_wh_object(c, v, ca);
    /* an anticipatory "it" is not content: "It was revealed | that" */
    if (sp >= 0 && c->left[sp] == sp && c->right[sp] == sp && hs_tok_is(d, (uint32_t)sp, "it") &&
        content.n > 0 && (child(c, cv, HS_DEP_CCOMP) > cv || child(c, cv, HS_DEP_XCOMP) > cv))
        sp = -1;
    if (sp >= 0 && c->right[sp] < ca) {
        int32_t pa = c->left[sp], pb = c->right[sp];
        hs_attr_trim(c, &pa, &pb);
        if (pb >= pa) {
            hs_frags f = { 0 };
            hs_attr_add_frag(&f, tok_span(d, pa, pb));
            for (uint32_t k = 0; k < content.n; k++)
                hs_attr_add_frag(&f, content.frag[k]);
            content = f;
        }
    }
    if (content.n == 0)
        return 0;
    return add_verb_attr(c, v, ca, cb, has_src ? sa : -1, sb, &content, err);
}

/* Do tokens [a, b] hold a main clause: a verb, not opening with
 * a subordinator ("While most of those were ...")? */
static bool clause_before(const attr_ctx *c, int32_t a, int32_t b)
{
    const hs_doc *d = c->d;
    if (a > b || hs_tok_is_subordinator(d, (uint32_t)a) || hs_tok_is(d, (uint32_t)a, "if"))
        return false;
    for (int32_t k = a; k <= b; k++)
        if (is_verbal(d, k))
            return true;
    return false;
}

/* "according to X, CONTENT" and "CONTENT, according to X". */
static int attribute_according(attr_ctx *c, int32_t i, hs_error *err)
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
        /* a quotation that opens after it is the content, however the
         * parser hung it ("According to Limbaugh, “[I]f it was ...”") */
        for (int32_t k = sa + 1; k <= sb; k++)
            if (d->toks[k].quote_role > 0 && hs_tok_is(d, (uint32_t)k - 1, ",")) {
                sb = k - 2;
                break;
            }
    } else {
        while ((uint32_t)sb + 1 < s->tok1 && !is_punct(d, (uint32_t)sb + 1))
            sb++;
    }
    if ((uint32_t)sa >= s->tok1)
        return 0;
    /* opening its sentence, X ends at the comma before the main clause,
     * however the parser hung that clause ("According to two diplomats
     * familiar with the talks, | France and Italy were pushing ..."):
     * the comma before the subject of the first finite verb after a
     * comma, or else the last comma before that verb; a relative
     * clause's verb is X's own ("According to Smith, who leads the
     * group, | ...") */
    if (i == (int32_t)s->tok0 || (i == (int32_t)s->tok0 + 1 && is_punct(d, s->tok0))) {
        int32_t comma = -1;
        bool relative = false;
        for (int32_t k = sa + 1; k <= sb; k++) {
            if (d->toks[k].quote_depth != d->toks[i].quote_depth)
                break;
            if (hs_tok_is(d, (uint32_t)k, ",")) {
                comma = k;
                relative = k + 1 <= sb && (d->toks[k + 1].pos == HS_POS_WP ||
                                           d->toks[k + 1].pos == HS_POS_WDT);
            } else if (comma > sa && !relative &&
                       is_finite(d, k)) {
                /* the comma before the verb's subject, when the parser
                 * found one ("..., majorities of voters in Alabama,
                 * Georgia and Virginia | want") */
                for (int32_t n = sa + 1; n < k; n++)
                    if (d->toks[n].head == k && (d->toks[n].deprel == HS_DEP_NSUBJ ||
                                                 d->toks[n].deprel == HS_DEP_NSUBJPASS)) {
                        int32_t l = c->left[n];
                        if (l > sa + 1 && l <= comma && hs_tok_is(d, (uint32_t)l - 1, ","))
                            comma = l - 1;
                        break;
                    }
                sb = comma - 1;
                break;
            }
        }
    }
    hs_attr_trim(c, &sa, &sb);
    if (sb < sa)
        return 0;
    /* the content: the rest of the sentence outside "according to X";
     * a colon before it starts a sentence of its own */
    int32_t xa, xb;
    int32_t s0 = (int32_t)s->tok0, s1 = (int32_t)s->tok1 - 1;
    for (int32_t k = i - 1; k > s0; k--)
        if (d->toks[k].quote_depth == d->toks[i].quote_depth &&
            hs_tok_is(d, (uint32_t)k, ":")) {
            s0 = k + 1;
            break;
        }
    if (i - 1 > s0 && hs_tok_is(d, (uint32_t)i - 1, ",") && sb + 2 < s1 &&
        hs_tok_is(d, (uint32_t)sb + 1, ",") && !clause_before(c, s0, i - 2)) {
        /* "In addition, according to the department, | nearly nine
         * million ...", "While most were ..., according to X, | two
         * were upgraded": what comes before is no claim of its own */
        xa = sb + 2;
        xb = s1;
        /* but a subject before it is the content's: "The plan, according
         * to aides, is dead" */
        for (int32_t k = s0; k <= i - 2; k++) {
            int r = d->toks[k].deprel;
            if ((r == HS_DEP_NSUBJ || r == HS_DEP_NSUBJPASS) && d->toks[k].head > sb) {
                int32_t a1 = s0, b1 = i - 2;
                hs_attr_trim(c, &a1, &b1);
                hs_attr_trim(c, &xa, &xb);
                if (b1 < a1 || xb < xa)
                    break;
                hs_frags f = { 0 };
                hs_attr_add_frag(&f, tok_span(d, a1, b1));
                hs_attr_add_frag(&f, tok_span(d, xa, xb));
                hs_attr_work *w = new_attr(d, i, i + 1, sa, sb, "according to", err);
                if (!w)
                    return -1;
                w->content = f;
                return 0;
            }
        }
    } else if (i - 1 > s0 && hs_tok_is(d, (uint32_t)i - 1, ",")) {
        xa = s0;
        xb = i - 1;
    } else if (i == s0 || (i == s0 + 1 && is_punct(d, (uint32_t)s0))) {
        xa = sb + 1;
        xb = s1;
    } else {
        xa = s0;
        xb = i - 1;
    }
    /* inside a quotation, no further back than the quotation: "the
     * filing says ''it has 90 subsidiaries, according to its website''" */
    if (d->toks[i].quote_depth > 0)
        for (int32_t k = i - 1; k > xa; k--)
            if (d->toks[k].quote_role > 0 && d->toks[k].quote_depth == d->toks[i].quote_depth) {
                xa = k + 1;
                break;
            }
    hs_attr_trim(c, &xa, &xb);
    if (xb < xa)
        return 0;
    return add_span_attr(d, i, i + 1, sa, sb, "according to", xa, xb, err);
}

/* "In a new CNN poll, Clinton leads Trump by 5 points.": a poll or
 * survey that a sentence opens with is the source of the rest of it, and
 * "In" the cue (PolNeAR train: 16 of 22 such sentences). */
static int attribute_in_poll(attr_ctx *c, int32_t i, hs_error *err)
{
    static const char *const time_adjectives[] = { "last", "this", "next", "early", "late", NULL };
    hs_doc *d = c->d;
    static const char *const polls[] = { "poll", "polls", "survey", "surveys", NULL };
    const hs_sentence *s = &d->sents[d->toks[i].sent];
    int32_t x = d->toks[i].head;   /* UD: In -case-> poll */
    if (i != (int32_t)s->tok0 || x <= i || !hs_tok_in(d, (uint32_t)x, polls) ||
        d->toks[i].deprel != HS_DEP_CASE)
        return 0;
    int32_t sb = c->right[x], cm = sb + 1, xb = (int32_t)s->tok1 - 1;
    /* "In a Des Moines Register poll | last month, ..." */
    while (cm < xb && cm <= sb + 3 && !hs_tok_is(d, (uint32_t)cm, ",") &&
           (hs_tok_is_time_word(d, (uint32_t)cm) || hs_tok_in(d, (uint32_t)cm, time_adjectives)))
        cm++;
    int32_t xa = cm + 1;
    if (xa > xb || !hs_tok_is(d, (uint32_t)cm, ","))
        return 0;
    /* "In a poll, most voters said ...": theirs (a word that is mostly
     * a cue; not "led" or "had") */
    for (int32_t k = xa; k <= xb; k++) {
        if (!c->is_cue[k])
            continue;
        if (!is_verbal(d, k) || cue_share(c, k) >= 0.3)
            return 0;
    }
    int32_t sa = i + 1;
    hs_attr_trim(c, &sa, &sb);
    hs_attr_trim(c, &xa, &xb);
    if (sb < sa || xb < xa)
        return 0;
    return add_span_attr(d, i, i, sa, sb, "say", xa, xb, err);
}

/* "“…” ― Jacklyn Ashley": a quotation signed with a dash and a name. */
static int attribute_dash(attr_ctx *c, int32_t i, hs_error *err)
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
    hs_attr_add_quote_chain(c, &w->content, q);
    return 0;
}

/* A hyphen or en dash opening the paragraph after a quotation, a
 * signature of its own ("“... pay zero taxes.”¶- Sanders."). */
static bool paragraph_signing_hyphen(const hs_doc *d, uint32_t i)
{
    return i > 0 && (d->toks[i].flags & HS_TF_PARA_START) &&
           (hs_tok_is(d, i, "-") || hs_tok_is(d, i, "\xE2\x80\x93")) &&
           d->toks[i - 1].quote_role < 0 && d->toks[i - 1].para + 1 == d->toks[i].para;
}

/* Are tokens [a, b], lower-cased and joined by single spaces, one of
 * the phrases of list? */
static bool span_is_one_of(const hs_doc *d, int32_t a, int32_t b, const char *const *list)
{
    char buf[64];
    size_t n = 0;
    for (int32_t k = a; k <= b; k++) {
        const hs_token *t = &d->toks[k];
        if (k > a) {
            if (n + 2 > sizeof buf)
                return false;
            buf[n++] = ' ';
        }
        size_t m = hs_lex_fold(hs_tok_str(d, t), hs_tok_len(t), buf + n, sizeof buf - n);
        if (m == 0)
            return false;   /* too long for any phrase of the list */
        n += m;
    }
    for (const char *const *p = list; *p; p++)
        if (strcmp(buf, *p) == 0)
            return true;
    return false;
}

/* "PENCE: Well, look, …" and "Poll: Clinton leads": a name and a colon
 * opening a paragraph give the rest of the paragraph to the name. */
static int attribute_colon(attr_ctx *c, int32_t i, hs_error *err)
{
    hs_doc *d = c->d;
    const hs_paragraph *p = &d->paras[d->toks[i].para];
    int32_t sa = (int32_t)p->tok0, sb = i - 1;
    if (sa < (int32_t)p->tok1 && d->toks[sa].quote_role > 0)
        sa++;   /* transcripts quoted as a whole: "“PENCE: …" */
    /* a headline's label and dash: "EXCLUSIVE – Roger Stone: ..." */
    bool headline = d->toks[i].para == 0;
    if (headline && sb - sa >= 2 && (d->toks[sa].flags & HS_TF_ALLCAPS) &&
        (hs_tok_is(d, (uint32_t)sa + 1, "\xE2\x80\x93") || hs_tok_is(d, (uint32_t)sa + 1, "\xE2\x80\x94") ||
         hs_tok_is(d, (uint32_t)sa + 1, "-")))
        sa += 2;
    if (sb < sa || sb - sa > (headline ? 5 : 4))
        return 0;
    /* a cue that opens the line has it: "Stated Stone: “...”" */
    int32_t last_cue = d->nattrs > 0 ? d->attrs[d->nattrs - 1].cue_tok0 : -1;
    if (last_cue >= sa && last_cue <= sb && c->is_cue[last_cue])
        return 0;
    /* in a headline the speaker may hold lower-case words ("Clinton camp:",
     * "Former AG Mukasey at RNC:"), but no verb */
    bool relaxed = false;
    for (int32_t k = sa; k <= sb; k++) {
        if (d->toks[k].flags & HS_TF_UPPER || hs_tok_is(d, (uint32_t)k, "."))
            continue;
        if (!headline || k == sa || is_verbal(d, k) || is_punct(d, (uint32_t)k))
            return 0;
        relaxed = true;
    }
    /* a heading's label, not a speaker: "The Latest: Trump urges ...",
     * "Correction: ...", "Contributing: ..." (train and dev: never a
     * source in the gold, 44 times; "Clarification", "Previously", "Short
     * reads", "Busted", "Fix is in": once each, never a source; "Wow"
     * twice, never; and the section labels of other papers: "Q&A:",
     * "Watch:", "Opinion:", "Interview:", "Analysis:", "Factbox:") */
    static const char *const labels[] = {
        "the latest", "correction", "contributing", "related", "revealed", "byline",
        "breaking", "email", "exclusive", "boom", "look", "paid notice", "update",
        "stat of the week", "delegate update", "clarification", "previously",
        "short reads", "busted", "fix is in", "wow", "q&a", "q & a", "watch", "video",
        "opinion", "editorial", "explainer", "live", "photos", "listen", "podcast",
        "commentary", "fact check", "just in", "developing", "breaking news", "interview",
        "analysis", "factbox", "timeline", "profile", "obituary", "review", "perspective",
        "explained", NULL
    };
    if (span_is_one_of(d, sa, sb, labels))
        return 0;
    int32_t xa = i + 1, xb = (int32_t)p->tok1 - 1;
    hs_attr_trim(c, &xa, &xb);
    if (xb < xa)
        return 0;
    /* ... and what follows is no clause with a cue of its own: "Ah,
     * friends once more: Ted Cruz endorses Trump" */
    for (int32_t k = xa; relaxed && k <= xb; k++)
        if (c->is_cue[k])
            return 0;
    /* a tally, not speech: "Hillary Clinton: 1,769" (train: 8 such
     * lines, none an attribution in the gold) */
    if (xa == xb && d->toks[xa].pos == HS_POS_CD)
        return 0;
    /* a weak cue opening the line is the cue, the words after it the
     * source ("Said Ellis: “...”", as "Stated Stone:" above) */
    if (sb > sa && (c->weak_cue[sa] & 1))
        return add_span_attr(d, sa, sa, sa + 1, sb, cue_lemma(c, (uint32_t)sa), xa, xb, err);
    return add_span_attr(d, i, i, sa, sb, "say", xa, xb, err);
}

/* A Title Case headline: "Trump Could Address Clean Energy, Lindsey
 * Graham Says." or "Black Lawmakers Rip Donald Trump As A ‘Fraud.’" --
 * the first capitalised word that is nearly always a cue in train is the
 * cue; the name before it (or after the last comma) is the source, the
 * rest the content.  Tags and trees are unreliable on such lines.
 * "Nearly always": in a cue at least 3 times in 10 in train (train, at
 * 0.5 / 0.4 / 0.3 / 0.2: 164 / 167 / 168 / 170 of 200 headline
 * attributions found, for 171 / 177 / 178 / 186 predicted). */
static int attribute_headline(attr_ctx *c, hs_error *err)
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
        if (e && e->seen >= 5 && (double)e->in_cue >= 0.3 * (double)e->seen &&
            t->quote_depth == 0)
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
    hs_attr_trim(c, &sa, &sb);
    hs_attr_trim(c, &xa, &xb);
    if (sb < sa || xb < xa)
        return 0;
    hs_attr_close_quotes(c, &xa, &xb);
    return add_span_attr(d, v, v, sa, sb, cue_lemma(c, (uint32_t)v), xa, xb, err);
}

/* ------------------------------------------------------------ stage */

static int cmp_attr(const void *x, const void *y)
{
    const hs_attr_work *a = x, *b = y;
    size_t ka = a->cue.end > a->cue.begin ? a->cue.begin : a->content.frag[0].begin;
    size_t kb = b->cue.end > b->cue.begin ? b->cue.begin : b->content.frag[0].begin;
    return (ka > kb) - (ka < kb);
}

/* Set bit 2 of flags[k] for each token k of code-point span s. */
static void mark_span(const hs_doc *d, hs_span s, uint8_t *flags)
{
    for (size_t k = hs_tok_at(d, s.begin); k < d->ntoks && d->toks[k].c0 < s.end; k++)
        flags[k] |= 2;
}

/* Mark the tokens of w's cue, source and content in flags (bit 2). */
static void mark_attr(const hs_doc *d, const hs_attr_work *w, uint8_t *flags)
{
    mark_span(d, w->cue, flags);
    mark_span(d, w->source, flags);
    for (uint32_t f = 0; f < w->content.n; f++)
        mark_span(d, w->content.frag[f], flags);
}

/* The attributions of the weak cues (c->weak_cue bit 1), each read only
 * where no attribution so far holds its word in a cue, source or content
 * (bit 2, marked as attributions are added): a weak cue adds what the
 * strong ones missed, never cuts what they found.  0, or -1 with err
 * set. */
static int attribute_weak(attr_ctx *c, hs_error *err)
{
    hs_doc *d = c->d;
    size_t marked = 0;
    for (uint32_t i = 0; i < d->ntoks; i++) {
        if (!(c->weak_cue[i] & 1))
            continue;
        for (; marked < d->nattrs; marked++)
            mark_attr(d, &d->attrs[marked], c->weak_cue);
        if (c->weak_cue[i] & 2)
            continue;
        /* a colon before a quotation another cue has taken ("Said Ellis:
         * “...”") */
        if (hs_tok_is(d, i, ":") && i + 1 < d->ntoks && (c->weak_cue[i + 1] & 2) &&
            is_quote_mark(d, i + 1))
            continue;
        c->is_cue[i] = 2;
        if (attribute_verb(c, (int32_t)i, err) != 0)
            return -1;
    }
    return 0;
}

/* A quotation right after a colon that no attribution has taken, in the
 * colon's paragraph or opening the next one ("Wait, it gets better:¶
 * “...”", "- Michael P. McDonald: “...”"): the colon is the cue, the
 * quotation the content, the subject of the colon's clause the source.
 * 0, or -1 with err set. */
static int attribute_colon_quotes(attr_ctx *c, hs_error *err)
{
    hs_doc *d = c->d;
    for (size_t a = 0; a < d->nattrs; a++)
        mark_attr(d, &d->attrs[a], c->weak_cue);
    for (uint32_t i = 1; i + 1 < d->ntoks; i++) {
        if (!hs_tok_is(d, i, ":") || d->toks[i].quote_depth || (c->weak_cue[i] & 2))
            continue;
        int32_t q = hs_attr_quote_after(c, (int32_t)i - 1);
        if (q < 0 || (c->weak_cue[d->quotes[q].open_tok] & 2))
            continue;
        /* the colon's clause names the speaker, and its verb, when it
         * hangs on one, is the cue: "He continued with an appeal to
         * voters: | “...”" */
        int32_t ca = (int32_t)i, cb = (int32_t)i, sa = -1, sb = -1, h = d->toks[i].head;
        const char *lemma = "say";
        if (h >= 0 && h < (int32_t)i && is_verbal(d, h) && d->toks[h].sent == d->toks[i].sent) {
            hs_attr_cue_range(c, h, &ca, &cb);
            lemma = cue_lemma(c, (uint32_t)h);
        }
        int32_t s = h >= 0 ? child(c, h, HS_DEP_NSUBJ) : -1;
        if (s >= 0 && s < (int32_t)i && c->right[s] < (int32_t)i &&
            d->toks[s].sent == d->toks[i].sent) {
            sa = c->left[s];
            sb = c->right[s];
            hs_attr_trim(c, &sa, &sb);
            if (sb < sa)
                sa = -1;
        }
        hs_attr_work *w = new_attr(d, ca, cb, sa, sb, lemma, err);
        if (!w)
            return -1;
        hs_attr_add_quote_chain(c, &w->content, q);
        mark_attr(d, w, c->weak_cue);
    }
    return 0;
}

int hs_attribute(hs_doc *d, hs_error *err)
{
    return hs_attribute_observed(d, NULL, NULL, err);
}

int hs_attribute_observed(hs_doc *d, hs_attr_observer see, void *arg,
                          hs_error *err)
{
    if (d->ntoks == 0)
        return 0;
    attr_ctx c = { .d = d, .lx = d->eng->lex };
    if (!ctx_init(&c)) {
        ctx_free(&c);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    hs_cues_detect(d, &c.tree, c.is_cue, c.cue_strength);
    hs_attr_run_on_cues(&c);
    /* the weak cues wait for attribute_weak() */
    for (uint32_t i = 0; i < d->ntoks; i++)
        if (c.is_cue[i] == 2) {
            c.is_cue[i] = 0;
            c.weak_cue[i] = 1;
        }
    hs_attr_mark_quote_frames(&c);
    int rc = 0;
    for (uint32_t i = 0; i < d->ntoks && rc == 0; i++) {
        if (hs_tok_is(d, i, "according"))
            rc = attribute_according(&c, (int32_t)i, err);
        else if (is_signing_dash(d, i) || paragraph_signing_hyphen(d, i))
            rc = attribute_dash(&c, (int32_t)i, err);
        else if (hs_tok_is(d, i, ":") && !c.is_cue[i - (i > 0)] &&
                 (i < 6 || (d->toks[i].flags & HS_TF_PARA_START) ||
                  i - d->paras[d->toks[i].para].tok0 <= 5))
            rc = attribute_colon(&c, (int32_t)i, err);
        else if (hs_tok_is(d, i, "in")) {
            /* the detector takes "In" for a cue before a poll, too */
            size_t had = d->nattrs;
            rc = attribute_in_poll(&c, (int32_t)i, err);
            if (rc == 0 && d->nattrs == had && c.is_cue[i])
                rc = attribute_verb(&c, (int32_t)i, err);
        } else if (c.is_cue[i])
            rc = attribute_verb(&c, (int32_t)i, err);
    }
    if (rc == 0)
        rc = attribute_weak(&c, err);
    if (rc == 0)
        rc = attribute_colon_quotes(&c, err);
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
        if (see)
            see(d, &c.tree, HS_OBSERVE_SOURCES, arg);
        hs_sources_apply(&c);
        if (see)
            see(d, &c.tree, HS_OBSERVE_BOUNDS, arg);
        hs_bounds_apply(d, &c.tree);
        hs_attr_drop_weak(&c);
        hs_attr_recipient_is_no_content(&c);
        hs_attr_cut_speaking_relatives(d);
        hs_attr_cut_clause_sources(&c);
        hs_attr_cut_source_tails(d);
        hs_attr_cut_participle_after_quote(d);
        hs_attr_drop_nested(&c);
        hs_attr_join_continuations(&c);
        hs_attr_drop_nested(&c);   /* cues inside the quotations just joined */
        for (size_t a = 0; a < d->nattrs; a++) {
            hs_attr_work *w = &d->attrs[a];
            hs_span first = w->content.n ? hs_attr_skip_heading(d, w->content.frag[0])
                                         : (hs_span){ 0, 0 };
            if (first.end > first.begin)
                w->content.frag[0] = first;
            if (w->source.end > w->source.begin)
                w->source = hs_attr_skip_heading(d, w->source);
            if (w->source.end == w->source.begin) {
                w->source = (hs_span){ 0, 0 };
                w->src_tok0 = w->src_tok1 = -1;
            }
        }
        hs_attr_close_source_quotes(&c);
        hs_attr_close_brackets(d);
        hs_attr_make_disjoint(d);
        if (d->nattrs > 1)
            qsort(d->attrs, d->nattrs, sizeof *d->attrs, cmp_attr);
        hs_attr_drop_cue_in_cue(d);
        for (size_t a = 0; a < d->nattrs; a++) {
            hs_attr_classify_kind(&c, &d->attrs[a]);
            hs_attr_note_cue_head(&c, &d->attrs[a]);
        }
    }
    ctx_free(&c);
    return rc;
}
