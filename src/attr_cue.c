/*
 * attr_cue.c -- attribution: the cue's span.
 *
 * A cue head is a token the cue detector (cues.c) or a quotation frame
 * marked.  Its span grows from the head to what PolNeAR counts as the
 * cue: auxiliaries, negation and adverbs before it, a particle, a phrasal
 * preposition, "in a statement", a colon.  Some cues run on through a
 * second word that carries the speech act -- the verb of an infinitive
 * ("declined to say"), "made clear", a document's participle ("issued a
 * statement saying"), a light verb's noun ("expressed concern about") --
 * and the functions here find that word; the driver (attribute.c) then
 * takes the content from it.
 */
#include <stdint.h>
#include <string.h>

#include "attr.h"

const char *const hs_attr_medium_nouns[] = {
    "statement", "interview", "email", "e-mail", "letter", "tweet", "post",
    "speech", "release", "memo", "op-ed", "essay", "message", "video",
    "conference", "call", "report", "book", "column", "editorial", NULL
};

/* Where or in what form something was said, in the plural or as a
 * platform or an occasion: a phrase on one of these after an object is
 * the cue's ("attacked Machado | in early-morning tweets", "reported her
 * presence | on Twitter"), and after a source is not the source's ("her
 * lawyers | in a court filing"). */
const char *const hs_attr_venue_nouns[] = {
    "tweets", "statements", "interviews", "speeches", "emails", "e-mails",
    "posts", "letters", "videos", "remarks", "filing", "twitter", "facebook",
    "instagram", "television", "tv", "radio", "rally", "rallies", "debate",
    "debates", "hearing", "hearings", "show", "broadcast", "podcast", NULL
};

static const char *const phrasal[] = {
    "for", "on", "out", "about", "of", "against", NULL
};

/* Cue words and the preposition PolNeAR always puts in the cue after
 * them, as a verb lemma or a noun's word: in train and dev, "point" +
 * "to" 34 of 34, "refer" 64 of 68, "focus" + "on" 41 of 41, "known" +
 * "as" 27 of 28, "comment" + "on" 15 of 16, "go" + "after" 9 of 9,
 * "opposition" + "to" 14 of 14. */
static const struct { const char *word, *prep; } bound_preps[] = {
    { "point", "to" }, { "refer", "to" }, { "reference", "to" },
    { "focus", "on" }, { "know", "as" }, { "known", "as" },
    { "comment", "on" }, { "go", "after" }, { "opposition", "to" },
    { NULL, NULL }
};

/* Does token i, right after cue word v, belong to the cue as v's bound
 * preposition ("pointed to | reports that ...")? */
static bool bound_preposition(const attr_ctx *c, int32_t v, int32_t i)
{
    const hs_doc *d = c->d;
    const char *lem = cue_lemma(c, (uint32_t)v);
    for (size_t k = 0; bound_preps[k].word; k++)
        if (hs_tok_is(d, (uint32_t)i, bound_preps[k].prep) &&
            (strcmp(lem, bound_preps[k].word) == 0 ||
             hs_tok_is(d, (uint32_t)v, bound_preps[k].word)))
            return true;
    return false;
}

/* Cue token range of verb v: auxiliaries, negation and adverbs before it
 * (contiguous), a particle, a phrasal preposition, a colon, "in a
 * statement".  `content_start` is the first content token after v (or -1)
 * so the cue never swallows content. */
void hs_attr_cue_range(const attr_ctx *c, int32_t v, int32_t *a, int32_t *b)
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
    /* (not a preposition of time: "warned | on Thursday that") */
    if (i < end && hs_tok_in(d, (uint32_t)i, phrasal) &&
        (d->toks[i].pos == HS_POS_IN || d->toks[i].pos == HS_POS_RP) &&
        !(i + 1 < end && d->toks[i + 1].quote_role > 0) &&
        !(i + 1 < end && hs_tok_is_time_word(d, (uint32_t)i + 1))) {
        const char *lem = cue_lemma(c, (uint32_t)v);
        if (strcmp(lem, "call") == 0 || strcmp(lem, "warn") == 0 ||
            strcmp(lem, "point") == 0 || strcmp(lem, "speak") == 0 ||
            strcmp(lem, "lash") == 0 || strcmp(lem, "push") == 0 ||
            strcmp(lem, "argue") == 0 || strcmp(lem, "complain") == 0 ||
            strcmp(lem, "talk") == 0 || strcmp(lem, "ask") == 0)
            *b = i++;
    } else if (i < end && bound_preposition(c, v, i)) {
        *b = i++;
    }
    /* "in a statement"; not "in an interview", "in an email", "in a
     * letter": PolNeAR's cue takes those in a minority of cases (train, as
     * this rule predicted them: "said in a statement" right 36 times of
     * 54, "said in an interview" 7 of 42, other media 9 of 44) */
    if (i + 1 < end && hs_tok_is(d, (uint32_t)i, "in")) {
        int32_t j = i + 1;
        if (j < end && d->toks[j].pos == HS_POS_DT)
            j++;
        if (j < end && hs_tok_is(d, (uint32_t)j, "statement")) {
            *b = j;
            i = j + 1;
        }
    }
    if (i < end && hs_tok_is(d, (uint32_t)i, ":"))
        *b = i;
}

/* -------------------------------------------------------- run-on cues */

/* The speech verb of an infinitive that v governs, or -1: in "declined
 * to say whether ...", "went on to discuss the polls" PolNeAR's cue runs
 * from v to the infinitive's verb, and the content is what that verb
 * says or discusses.  Only when the infinitive's verb is the stronger
 * cue word ("promised to discuss" keeps "to discuss" as content). */
int32_t hs_attr_infinitive_cue(const attr_ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    int32_t x = child(c, v, HS_DEP_XCOMP);
    if (x <= v || d->toks[x].pos != HS_POS_VB || d->toks[x].quote_depth != d->toks[v].quote_depth)
        return -1;
    int32_t mk = child(c, x, HS_DEP_MARK);
    if (mk < 0 || !hs_tok_is(d, (uint32_t)mk, "to"))
        return -1;
    /* after "try", "continue" and "fail" always: "tried to draw",
     * "continued to question" (train: 14 + 31 + 6 such cues, none
     * without the infinitive's verb) */
    static const char *const carriers[] = { "try", "continue", "fail", NULL };
    if (lemma_is(cue_lemma(c, (uint32_t)v), carriers))
        return x;
    /* a weaker speech verb only after a verb that is hardly ever a cue
     * ("decided ... to directly address", "chose to not believe")
     * (thresholds tuned on train) */
    double sx = cue_share(c, x), sv = cue_share(c, v);
    /* "seemed to confirm", "appeared to imply": a raising verb before a
     * verb that is often a cue carries it, and the subject is the
     * source (train: gold cues that run on through such a verb have a
     * source 41 times, none 15) */
    static const char *const raisers[] = { "seem", "appear", NULL };
    if (lemma_is(cue_lemma(c, (uint32_t)v), raisers))
        return sx >= 0.2 ? x : -1;
    if (sx < 0.1 || sx <= sv || (sx < 0.3 && sv >= 0.2))
        return -1;
    return x;
}

/* The detector's cue on an infinitive's verb is the cue of the verb or
 * adjective that governs the infinitive, run on to it: "went on | to
 * say", "declined | to criticize", "sure | to horrify" (PolNeAR's cue
 * spans the chain; the detector learns the chain's last verb, the word
 * that says what kind of speech it is). */
void hs_attr_run_on_cues(attr_ctx *c)
{
    const hs_doc *d = c->d;
    for (uint32_t x = 0; x < d->ntoks; x++) {
        if (!c->is_cue[x] || d->toks[x].pos != HS_POS_VB || d->toks[x].deprel != HS_DEP_XCOMP)
            continue;
        int32_t v = d->toks[x].head, mk = child(c, (int32_t)x, HS_DEP_MARK);
        if (v < 0 || (uint32_t)v >= x || mk < 0 || !hs_tok_is(d, (uint32_t)mk, "to") ||
            d->toks[v].quote_depth != d->toks[x].quote_depth ||
            !(is_verbal(d, v) || d->toks[v].pos == HS_POS_JJ))
            continue;
        /* nothing but "to", "on" and adverbs between: not an object, who
         * is the infinitive's speaker ("led Reince Priebus | to declare") */
        bool close = true;
        for (int32_t k = v + 1; k < (int32_t)x && close; k++) {
            int p = d->toks[k].pos;
            close = p == HS_POS_TO || p == HS_POS_RB || p == HS_POS_RP || hs_tok_is(d, (uint32_t)k, "on");
        }
        if (!close)
            continue;
        if (c->is_cue[v] != 1) {     /* else hs_attr_infinitive_cue() decides */
            if (!c->is_cue[v] || c->is_cue[x] == 1)
                c->is_cue[v] = c->is_cue[x];
            else if (c->is_cue[x] == 2)
                c->is_cue[v] = 1;   /* both weak: "chose | to not believe" */
            if (c->cue_strength[x] > c->cue_strength[v])
                c->cue_strength[v] = c->cue_strength[x];
            c->run_on[v] = (int32_t)x;
        }
        c->is_cue[x] = 0;
    }
}

/* Share of a noun's occurrences in train that are cues (0 when the
 * lexicon does not know it as a noun); cue_share() for verbs. */
static double noun_cue_share(const attr_ctx *c, int32_t i)
{
    const hs_token *t = &c->d->toks[i];
    const hs_cue_entry *e = hs_lex_cue(c->lx, hs_tok_str(c->d, t), hs_tok_len(t), 'N');
    return e ? (double)e->in_cue / (double)(e->seen + 1) : 0.0;
}

/* A light verb's object naming the speech act, and the preposition that
 * introduces what it is about: "made a strong condemnation | of", "have
 * expressed deep concern | about", "weigh plans | for".  PolNeAR's cue
 * runs through the preposition and the content is its object.  Returns
 * the preposition when content [xa,xb] starts with such an object, or -1. */
int32_t hs_attr_light_verb_prep(const attr_ctx *c, int32_t v, int32_t xa, int32_t xb)
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
        c->left[n] != o + 1 || !hs_tok_in(d, (uint32_t)(o + 1), preps) || o + 2 > xb)
        return -1;
    /* the noun must be a cue word in its own right (a tenth of its
     * occurrences in train), and the verb not a much stronger one:
     * "defending his support of" keeps "his support of ..." as content
     * (thresholds tuned on train) */
    double sn = noun_cue_share(c, o);
    if (sn < 0.1 || cue_share(c, v) >= 2.0 * sn)
        return -1;
    return o + 1;
}

/* A light verb's object naming the speech act, and the "that" clause
 * that says what it is: "made the case | that", "expressed concern |
 * that", "offered her firmest promise yet | that".  PolNeAR's cue runs
 * through the object (train: 21 of 27 such gold cues).  When content
 * [xa, ...] starts with such an object, returns the "that" (where the
 * content starts, the cue ending before it), or -1. */
int32_t hs_attr_light_verb_that(const attr_ctx *c, int32_t v, int32_t xa)
{
    const hs_doc *d = c->d;
    static const char *const light[] = {
        "make", "makes", "made", "making", "express", "expresses", "expressed",
        "expressing", "raise", "raises", "raised", "raising", "offer", "offers",
        "offered", "offering", "voice", "voices", "voiced", "voicing", NULL
    };
    int32_t o = child(c, v, HS_DEP_DOBJ);
    if (!hs_tok_in(d, (uint32_t)v, light) || o < 0 || c->left[o] != xa ||
        !is_noun(d, o) || d->toks[o].quote_depth != 0)
        return -1;
    if (noun_cue_share(c, o) < 0.05)
        return -1;
    /* the clause may follow a phrase ("the case | for weeks | that",
     * "a case | to a gathering of leaders | that"), never a comma or a
     * verb: the parser often reads the "that" as a relative pronoun */
    uint32_t send = d->sents[d->toks[o].sent].tok1;
    for (int32_t k = o + 1; k < o + 10 && (uint32_t)k < send; k++) {
        if (hs_tok_is(d, (uint32_t)k, "that"))
            return k;
        if (is_punct(d, (uint32_t)k) || is_verbal(d, k))
            return -1;
    }
    return -1;
}

/* "clear" in "made (it) clear that ...", or -1: the cue runs through it
 * and its clause is the content. */
int32_t hs_attr_made_clear(const attr_ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    static const char *const make[] = { "make", "makes", "made", "making", NULL };
    if (!hs_tok_in(d, (uint32_t)v, make))
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
int32_t hs_attr_document_participle(const attr_ctx *c, int32_t v)
{
    const hs_doc *d = c->d;
    static const char *const docs[] = {
        "statement", "report", "letter", "email", "e-mail", "memo", "ad", "video",
        "statements", "reports", "letters", "ads", "videos", "messages",
        "message", "release", "op-ed", "note", "paper", "resolution", "bill",
        "petition", "motion", "study", "analysis", NULL
    };
    static const char *const titled[] = { "titled", "entitled", "headlined", NULL };
    if (cue_share(c, v) >= 0.5)
        return -1;   /* "is defending his statement saying": the speech verb */
    int32_t end = (int32_t)d->sents[d->toks[v].sent].tok1;
    int32_t o = -1;
    for (int32_t k = v + 1; k < end && k <= v + 5 && o < 0; k++)
        if (hs_tok_in(d, (uint32_t)k, docs))
            o = k;
        else if (is_punct(d, (uint32_t)k) || d->toks[k].quote_depth != d->toks[v].quote_depth)
            return -1;
    if (o < 0)
        return -1;
    /* a time phrase after the document, then perhaps a comma: "released
     * a statement on Saturday night, describing ..." */
    int32_t p = o + 1;
    if (p < end && (hs_tok_is(d, (uint32_t)p, "on") || hs_tok_is(d, (uint32_t)p, "this") ||
                    hs_tok_is(d, (uint32_t)p, "last")) &&
        p + 1 < end && hs_tok_is_time_word(d, (uint32_t)p + 1))
        p++;
    while (p < end && p <= o + 3 && hs_tok_is_time_word(d, (uint32_t)p))
        p++;
    if (p + 1 < end && p > o + 1 && hs_tok_is(d, (uint32_t)p, ","))
        p++;
    if (p >= end)
        return -1;
    const hs_token *t = &d->toks[p];
    size_t n = hs_tok_len(t);
    bool ing = n > 4 && memcmp(hs_tok_str(d, t) + n - 3, "ing", 3) == 0;
    return (ing && !(t->flags & HS_TF_UPPER)) || hs_tok_in(d, (uint32_t)p, titled) ? p : -1;
}

/* Is token k the "as" of a participle cue ("is seen as", "has been
 * mentioned as")?  It belongs to the cue; after an active verb the "as"
 * phrase is content ("described the video | as satire"), and after "is
 * described" too (train: the gold cue leaves the "as" out 8 times in 9). */
bool hs_attr_passive_as(const attr_ctx *c, int32_t v, int32_t k)
{
    const hs_doc *d = c->d;
    return hs_tok_is(d, (uint32_t)k, "as") && d->toks[v].pos == HS_POS_VBN &&
           child(c, v, HS_DEP_DOBJ) < 0 && strcmp(cue_lemma(c, (uint32_t)v), "describe") != 0;
}

/* --------------------------------------------------- quotation frames */

/* Is token k, which the tagger did not take for a finite verb, the
 * reporting verb that ends a sentence after a quotation ("“…,” the IMF
 * report | stated.", "“…,” the article | read.")?  A word the cue lexicon
 * knows as a verb that heads a cue at least a third of the time, right
 * before the sentence's end. */
static bool quote_tail_verb(const attr_ctx *c, int32_t k, int32_t end)
{
    const hs_doc *d = c->d;
    uint8_t p = d->toks[k].pos;
    if (p != HS_POS_VBN && p != HS_POS_NN && p != HS_POS_VB && p != HS_POS_NNS)
        return false;
    int32_t e = k + 1;
    if (e < end && !(is_punct(d, (uint32_t)e) && !is_quote_mark(d, (uint32_t)e)))
        return false;
    const hs_cue_entry *ce = hs_lex_cue(c->lx, hs_tok_str(d, &d->toks[k]),
                                        hs_tok_len(&d->toks[k]), 'V');
    return ce && ce->seen >= 5 && ce->in_cue * 3 >= ce->seen;
}

/* The quotation frame: "“It never ends,” she sighed." and "“…,” quipped
 * Smith." make any verb there a cue, however rare ("sighed", "quipped"):
 * a closed quotation ending in , ! or ?, then a short subject and a verb,
 * or a verb and a short subject, then the end of the sentence. */
void hs_attr_mark_quote_frames(attr_ctx *c)
{
    hs_doc *d = c->d;
    for (size_t q = 0; q < d->nquotes; q++) {
        const hs_quote *qq = &d->quotes[q];
        /* "She continued, “…”" and "He said:" + quotation: the verb right
         * before the colon or comma that opens a quotation */
        uint32_t o = qq->open_tok;
        if ((qq->closed || qq->runs_on) && o >= 2 &&
            (hs_tok_is(d, o - 1, ":") || hs_tok_is(d, o - 1, ",")) &&
            is_tensed(d, (int32_t)o - 2) &&
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
            if (is_tensed(d, k) || (k > j && quote_tail_verb(c, k, end))) {
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
