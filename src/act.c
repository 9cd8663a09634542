/*
 * act.c -- stage: the speech act of each attribution.
 *
 * A cue that names its act ("denied", "condemned", "urged", "called for")
 * decides it, by its verb or, where the verb names none, by another of
 * its words ("expressed | concern", "criticism of").  Two verbs mean
 * different acts by what follows them: "insisted he has" claims where
 * "insisted that the Senate vote" demands, "asked them to vote" appeals
 * where "asked whether" questions.  A neutral cue ("said", "told",
 * "added", "described") takes its act from the content: the strongest
 * marker word found there (acts.txt: "should" -> appeal, "disturbing" ->
 * express-concern, "genocide" -> accuse, "disgraceful" -> condemn ...),
 * a question mark makes a question; failing that, a record of findings
 * as the source ("a new poll says") makes a report, and otherwise the act
 * is a plain statement.  "claim" and "report" cues are weak: a content
 * marker overrides them, except a judging word (a survey that "shows"
 * voters think something disgraceful still reports).
 *
 * How well this does is measured on hand-labelled samples (tests/acts/,
 * tools/eval-acts.py; docs/ACCURACY.md, "Speech acts").
 */
#include <string.h>

#include "internal.h"
#include "lexicon.h"
#include "passkeys.h"

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

/* Is the cue "call for" / "call on" (a demand, unlike "called X Y"),
 * as a verb or a noun ("made an unprompted | call for")? */
static bool is_call_for(const hs_doc *d, const hs_attr_work *w)
{
    bool call = false;
    for (int32_t i = w->cue_tok0; i >= 0 && i < w->cue_tok1; i++) {
        const hs_token *t = &d->toks[i];
        const hs_cue_entry *c = hs_lex_cue(d->eng->lex, hs_tok_str(d, t), hs_tok_len(t), 'V');
        if ((c && strcmp(c->lemma, "call") == 0) || hs_tok_is(d, (uint32_t)i, "call") ||
            hs_tok_is(d, (uint32_t)i, "calls"))
            call = true;
        else if (call && (hs_tok_is(d, (uint32_t)i, "for") || hs_tok_is(d, (uint32_t)i, "on")))
            return true;
    }
    return false;
}

/* Does a fragment of the content hold the token `word` ("?", "!")? */
static bool content_holds(const hs_doc *d, const hs_attr_work *w, const char *word)
{
    for (uint32_t k = 0; k < w->content.n; k++) {
        hs_span f = w->content.frag[k];
        for (size_t i = hs_tok_at(d, f.begin); i < d->ntoks && d->toks[i].c0 < f.end; i++)
            if (hs_tok_is(d, (uint32_t)i, word))
                return true;
    }
    return false;
}

/* Does the content open with a quoted command ("“Stop the coverup!”",
 * "“Come together, America”")?  Its first word after the quotation mark
 * a capitalised base-form verb, not one that opens a question or a turn
 * of speech ("Do you ...", "Let me tell you", "Let's be clear", "Look,
 * ...", "Thank God").  A command with an exclamation mark demands, one
 * without appeals; -1 when there is none.  The caller has ruled out
 * contents with a question mark. */
static int imperative_act(const hs_doc *d, const hs_attr_work *w)
{
    static const char *const not_commands[] = {
        "do", "does", "did", "look", "thank", "be", "have", "say", "see", NULL
    };
    static const char *const turns_of_speech[] = {
        "be", "make", "face", "just", "say", "talk", "put", NULL
    };
    if (!w->content.n)
        return -1;
    hs_span f = w->content.frag[0];
    size_t i = hs_tok_at(d, f.begin), first = i;
    while (i < d->ntoks && d->toks[i].c0 < f.end && (d->toks[i].flags & HS_TF_QUOTE))
        i++;
    if (i == first)         /* unquoted: a headline's "Rubio: Finish second" */
        return -1;
    if (i + 1 >= d->ntoks || d->toks[i].c0 >= f.end || d->toks[i].pos != HS_POS_VB)
        return -1;
    const hs_token *t = &d->toks[i];
    const char *s = hs_tok_str(d, t);
    if (!(s[0] >= 'A' && s[0] <= 'Z'))
        return -1;
    for (size_t k = 0; not_commands[k]; k++)
        if (hs_tok_is(d, (uint32_t)i, not_commands[k]))
            return -1;
    if (hs_tok_is(d, (uint32_t)i, "let") && hs_tok_is(d, (uint32_t)(i + 1), "me"))
        return -1;
    if (hs_tok_is(d, (uint32_t)i, "let") && i + 2 < d->ntoks &&
        (hs_tok_is(d, (uint32_t)(i + 1), "'s") || hs_tok_is(d, (uint32_t)(i + 1), "’s") ||
         hs_tok_is(d, (uint32_t)(i + 1), "us")))
        for (size_t k = 0; turns_of_speech[k]; k++)  /* "Let's be clear" */
            if (hs_tok_is(d, (uint32_t)(i + 2), turns_of_speech[k]))
                return -1;
    return content_holds(d, w, "!") ? HS_ACT_DEMAND : HS_ACT_APPEAL;
}

/* Is the modal at token i ("must", "should") said in a clause that
 * tells what a noun of the content holds ("the law threatens the notion
 * that | the United States must regulate immigration", "the argument
 * that the country must ..."), not what the speaker asks for?  The noun
 * is one that takes such a clause (a relative clause, "something we
 * should debate", still appeals), and it lies a few words before the
 * modal, with no verb between. */
static bool modal_about_a_noun(const hs_doc *d, const hs_attr_work *w, uint32_t i)
{
    static const char *const holders[] = {
        "notion", "idea", "argument", "arguments", "belief", "beliefs", "position",
        "view", "views", "narrative", "suggestion", "suggestions", "claim", "claims",
        "fact", "requirement", "requirements", "insistence", "theory", "assertion",
        "premise", "principle", "proposal", "proposals", "rule", "rules", "conviction",
        "assumption", "sense", "stance", "law", "provision", "mandate", NULL
    };
    if (d->toks[i].pos != HS_POS_MD)
        return false;
    for (uint32_t k = i; k-- > 1 && k + 8 > i;) {
        uint8_t p = d->toks[k].pos;
        if (hs_tok_is(d, k, "that"))
            return hs_tok_in(d, k - 1, holders) && hs_pk_in_content(d, w, (int32_t)k - 1);
        if ((p >= HS_POS_VB && p <= HS_POS_VBZ) || p == HS_POS_MD || (d->toks[k].flags & HS_TF_PUNCT))
            return false;
    }
    return false;
}

/* The best marker act in the content, or -1. */
static int content_act(const hs_doc *d, const hs_attr_work *w)
{
    const hs_lexicons *lx = d->eng->lex;
    int best = -1;
    bool question = false;
    for (uint32_t k = 0; k < w->content.n; k++) {
        hs_span f = w->content.frag[k];
        for (size_t i = hs_tok_at(d, f.begin); i < d->ntoks && d->toks[i].c0 < f.end; i++) {
            const hs_token *t = &d->toks[i];
            const hs_act_entry *e = hs_lex_act(lx, hs_tok_str(d, t), hs_tok_len(t), true);
            if (e && e->act == HS_ACT_APPEAL && modal_about_a_noun(d, w, (uint32_t)i))
                e = NULL;
            if (e && (best < 0 || priority(e->act) < priority((hs_act)best)))
                best = (int)e->act;
            question |= hs_tok_is(d, (uint32_t)i, "?");
        }
    }
    int told = question ? -1 : imperative_act(d, w);
    if (told >= 0 && (best < 0 || priority((hs_act)told) < priority((hs_act)best)))
        best = told;
    if (question && (best < 0 || priority(HS_ACT_QUESTION) < priority((hs_act)best)))
        best = HS_ACT_QUESTION;
    return best;
}

/* The first token of the content, or d->ntoks when it has none. */
static size_t content_first(const hs_doc *d, const hs_attr_work *w)
{
    return w->content.n ? hs_tok_at(d, w->content.frag[0].begin) : d->ntoks;
}

/* Does the content hold a finite verb ("insisted | he has different
 * questions": a claim, where "insisted | on a recount" or "insisted |
 * that he pay" is a demand)? */
static bool content_is_finite(const hs_doc *d, const hs_attr_work *w)
{
    for (uint32_t k = 0; k < w->content.n; k++) {
        hs_span f = w->content.frag[k];
        for (size_t i = hs_tok_at(d, f.begin); i < d->ntoks && d->toks[i].c0 < f.end; i++) {
            uint8_t p = d->toks[i].pos;
            if (p == HS_POS_VBD || p == HS_POS_VBZ || p == HS_POS_VBP || p == HS_POS_MD)
                return true;
        }
    }
    return false;
}

/* Does the content ask someone to do something ("asked | the candidates
 * to refrain from attacks": an appeal, where "asked | whether ..." is a
 * question)?  An infinitive within its first words, with no verb, no
 * wh-word and no "whether" or "if" before it, and no question mark; or
 * what is asked for, or asked with "that". */
static bool content_asks_to_do(const hs_doc *d, const hs_attr_work *w)
{
    bool asked_for = false;
    for (int32_t k = w->cue_tok0; k >= 0 && k < w->cue_tok1; k++) {
        if (hs_tok_is(d, (uint32_t)k, "about") || hs_tok_is(d, (uint32_t)k, "whether") ||
            hs_tok_is(d, (uint32_t)k, "if"))
            return false;
        asked_for |= k > w->cue_tok0 && hs_tok_is(d, (uint32_t)k, "for");
    }
    size_t i = content_first(d, w), end = w->content.n ? w->content.frag[0].end : 0;
    /* "asked for | a recount", "asked | that he be held without bail":
     * a request, never a question */
    if (asked_for || (i < d->ntoks && hs_tok_is(d, (uint32_t)i, "that")))
        return !content_holds(d, w, "?");
    for (size_t seen = 0; i + 1 < d->ntoks && d->toks[i].c0 < end && seen < 8; i++, seen++) {
        const hs_token *t = &d->toks[i];
        uint8_t p = t->pos;
        if (p == HS_POS_TO && d->toks[i + 1].pos == HS_POS_VB)
            break;
        if ((p >= HS_POS_VB && p <= HS_POS_VBZ) || p == HS_POS_MD || p == HS_POS_WDT ||
            p == HS_POS_WP || p == HS_POS_WRB || hs_tok_is(d, (uint32_t)i, "whether") ||
            hs_tok_is(d, (uint32_t)i, "if"))
            return false;
    }
    return i + 1 < d->ntoks && d->toks[i].c0 < end && d->toks[i].pos == HS_POS_TO &&
           !content_holds(d, w, "?");
}

/* Does the attribution speak through a record of findings ("a POLITICO
 * analysis of FEC records", "a new poll"), so that what it "says" is a
 * report?  The source's head: its word whose head lies outside it. */
static bool source_is_record(const hs_doc *d, const hs_attr_work *w)
{
    for (int32_t i = w->src_tok0; i >= 0 && i < w->src_tok1; i++) {
        int32_t h = d->toks[i].head;
        if (h < w->src_tok0 || h >= w->src_tok1) {
            const hs_token *t = &d->toks[i];
            return (hs_lex_noun(d->eng->lex, hs_tok_str(d, t), hs_tok_len(t)) &
                    HS_NOUN_RECORD) != 0;
        }
    }
    return false;
}

/* Is a a claim or a report: acts too weak to outweigh what the
 * content says? */
static bool is_weak(hs_act a)
{
    return a == HS_ACT_CLAIM || a == HS_ACT_REPORT;
}

/* The act a word of the cue other than its verb names ("have expressed
 * | concern", "voiced | criticism of"), or -1; the first claim or report
 * a word names goes to *weak (-1 when none), since those are too weak to
 * decide before the content is read. */
static int cue_word_act(const hs_doc *d, const hs_attr_work *w, int *weak)
{
    const hs_lexicons *lx = d->eng->lex;
    *weak = -1;
    for (int32_t k = w->cue_tok0; k >= 0 && k < w->cue_tok1; k++) {
        const hs_token *t = &d->toks[k];
        const hs_cue_entry *c = hs_lex_cue(lx, hs_tok_str(d, t), hs_tok_len(t), 'V');
        const hs_act_entry *e = c ? hs_lex_act(lx, c->lemma, strlen(c->lemma), false) : NULL;
        if (!e)
            e = hs_lex_act(lx, hs_tok_str(d, t), hs_tok_len(t), false);
        if (e && !is_weak(e->act))
            return (int)e->act;
        if (e && *weak < 0)
            *weak = (int)e->act;
    }
    return -1;
}

/* The act of one attribution.  In order: "call for"; what "insist" and
 * "ask" mean by their content; an act the cue's verb names; an act
 * another cue word names; the content's strongest marker, except that
 * a judging word ("disgraceful", "brilliant") does not turn a claim or a
 * report into a condemnation or praise ("a poll | shows | voters think
 * him unfit"), nor a report's marker a claim into a report; a claim or
 * report the cue names, or a report where a record of findings speaks;
 * a plain statement. */
static hs_act classify(const hs_doc *d, const hs_attr_work *w)
{
    const hs_lexicons *lx = d->eng->lex;
    const char *lemma = w->cue_lemma ? w->cue_lemma : "";
    const hs_act_entry *e = hs_lex_act(lx, lemma, strlen(lemma), false);
    int weak, named = cue_word_act(d, w, &weak);
    if (is_call_for(d, w))
        return HS_ACT_DEMAND;
    if (strcmp(lemma, "ask") == 0 && content_asks_to_do(d, w))
        return HS_ACT_APPEAL;
    if (strcmp(lemma, "insist") == 0 && content_is_finite(d, w)) {
        weak = HS_ACT_CLAIM;
    } else {
        if (e && !is_weak(e->act))
            return e->act;
        if (named >= 0)
            return (hs_act)named;
        if (e)
            weak = (int)e->act;
        else if (*lemma)
            weak = -1; /* "failed to | show up": another word's report is no act */
    }
    if (weak < 0 && source_is_record(d, w))
        weak = HS_ACT_REPORT;
    /* nor does a number ("percent": a report) turn a claim into one
     * ("insists that inflation is well on its way back to 2 percent") */
    int marker = content_act(d, w);
    if (marker >= 0 && !(weak >= 0 && (marker == HS_ACT_CONDEMN || marker == HS_ACT_PRAISE)) &&
        !(weak == HS_ACT_CLAIM && marker == HS_ACT_REPORT))
        return (hs_act)marker;
    return weak >= 0 ? (hs_act)weak : HS_ACT_SAY;
}

int hs_act_classify(hs_doc *d, hs_error *err)
{
    (void)err;
    for (size_t a = 0; a < d->nattrs; a++)
        d->attrs[a].act = classify(d, &d->attrs[a]);
    return 0;
}
