/*
 * act.c -- stage: the speech act of each attribution.
 *
 * A cue that names its act ("denied", "condemned", "urged", "called for")
 * decides it, by its verb or, where the verb names none, by another of
 * its words ("expressed | concern", "criticism of").  A neutral cue ("said", "told", "added", "described") takes
 * its act from the content: the strongest marker word found there
 * (acts.txt: "should" -> appeal, "disturbing" -> express-concern,
 * "genocide" -> accuse ...), a question mark makes a question, and
 * otherwise the act is a plain statement.  "claim" and "report" cues are
 * weak: a content marker overrides them.
 */
#include <string.h>

#include "internal.h"
#include "lexicon.h"

/* Marker priority: lower wins. */
static int priority(hs_act a)
{
    static const hs_act order[] = {
        HS_ACT_APPEAL, HS_ACT_DEMAND, HS_ACT_THREATEN, HS_ACT_EXPRESS_CONCERN,
        HS_ACT_ACCUSE, HS_ACT_CONDEMN, HS_ACT_DENY, HS_ACT_PRAISE,
        HS_ACT_PROMISE, HS_ACT_REPORT, HS_ACT_QUESTION
    };
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (order[i] == a)
            return (int)i;
    return 100;
}

/* Is the cue "call for" / "call on" (a demand, unlike "called X Y")? */
static bool is_call_for(const hs_doc *d, const hs_attr_work *w)
{
    if (!w->cue_lemma || strcmp(w->cue_lemma, "call") != 0)
        return false;
    for (int32_t i = w->cue_tok0; i >= 0 && i < w->cue_tok1; i++) {
        const hs_token *t = &d->toks[i];
        size_t n = hs_tok_len(t);
        const char *s = hs_tok_str(d, t);
        if ((n == 3 && strncmp(s, "for", 3) == 0) || (n == 2 && strncmp(s, "on", 2) == 0))
            return true;
    }
    return false;
}

/* The best marker act in the content, or -1. */
static int content_act(const hs_doc *d, const hs_attr_work *w)
{
    const hs_lexicons *lx = d->eng->lex;
    int best = -1;
    for (uint32_t k = 0; k < w->content.n; k++) {
        hs_span f = w->content.frag[k];
        for (size_t i = hs_tok_at(d, f.begin); i < d->ntoks && d->toks[i].c0 < f.end; i++) {
            const hs_token *t = &d->toks[i];
            const hs_act_entry *e = hs_lex_act(lx, hs_tok_str(d, t), hs_tok_len(t), true);
            if (e && (best < 0 || priority(e->act) < priority((hs_act)best)))
                best = (int)e->act;
            if (hs_tok_len(t) == 1 && *hs_tok_str(d, t) == '?' &&
                (best < 0 || priority(HS_ACT_QUESTION) < priority((hs_act)best)))
                best = HS_ACT_QUESTION;
        }
    }
    return best;
}

/* The act a word of the cue other than its verb names ("have expressed
 * | concern", "voiced | criticism of"), or -1; claims and reports are
 * too weak to decide. */
static int cue_word_act(const hs_doc *d, const hs_attr_work *w)
{
    const hs_lexicons *lx = d->eng->lex;
    for (int32_t k = w->cue_tok0; k >= 0 && k < w->cue_tok1; k++) {
        const hs_token *t = &d->toks[k];
        const hs_cue_entry *c = hs_lex_cue(lx, hs_tok_str(d, t), hs_tok_len(t), 'V');
        const hs_act_entry *e = c ? hs_lex_act(lx, c->lemma, strlen(c->lemma), false)
                                  : hs_lex_act(lx, hs_tok_str(d, t), hs_tok_len(t), false);
        if (e && e->act != HS_ACT_CLAIM && e->act != HS_ACT_REPORT)
            return (int)e->act;
    }
    return -1;
}

int hs_act_classify(hs_doc *d, hs_error *err)
{
    (void)err;
    const hs_lexicons *lx = d->eng->lex;
    for (size_t a = 0; a < d->nattrs; a++) {
        hs_attr_work *w = &d->attrs[a];
        const char *lemma = w->cue_lemma ? w->cue_lemma : "";
        const hs_act_entry *e = hs_lex_act(lx, lemma, strlen(lemma), false);
        int marker = content_act(d, w), named = cue_word_act(d, w);
        if (is_call_for(d, w))
            w->act = HS_ACT_DEMAND;
        else if (e && e->act != HS_ACT_CLAIM && e->act != HS_ACT_REPORT)
            w->act = e->act;
        else if (named >= 0)
            w->act = (hs_act)named;
        else if (marker >= 0)
            w->act = (hs_act)marker;
        else
            w->act = e ? e->act : HS_ACT_SAY;
    }
    return 0;
}
