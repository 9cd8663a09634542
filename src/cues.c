/*
 * cues.c -- cue detection: a learned linear model over token features
 * (see cues.h).
 *
 * Features describe the token (word, suffix, part of speech), its place
 * in the tree (relation, head word, the relations of its children: a
 * "ccomp" child is the classic sign of a reporting verb), its neighbours,
 * and the quotations around it (a cue often follows a closing quote).
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "lexicon.h"
#include "perceptron.h"


/* Feature templates (part of every key, so keep them stable). */
enum {
    F_BIAS = 1, F_W, F_P, F_WP, F_SUF3, F_REL, F_WREL, F_HW, F_HP, F_HREL,
    F_CH, F_WCH, F_PCH, F_PREV, F_NEXT, F_PREVP, F_NEXTP, F_NEXT_W_P,
    F_QDEPTH, F_QBEFORE, F_QAFTER, F_QSENT, F_SUBJ, F_SUBJP, F_NEXT2,
    F_PREV2, F_CAP, F_WNEXT, F_WPREV, F_SENTPOS, F_HCH, F_STEM, F_STEMCH,
    F_OBJ, F_SUBJNER, F_THAT, F_WSUBJ, F_GATE, F_SUBJK
};

/* A crude stem that maps inflections together ("encouraging",
 * "encouraged", "encourages" -> "encourag"), so evidence for one form
 * helps the others. */
static size_t stem(const char *w, size_t n)
{
    static const char *const suf[] = { "ing", "ed", "es", "s", "e", NULL };
    for (const char *const *p = suf; *p; p++) {
        size_t k = strlen(*p);
        if (n > k + 3 && memcmp(w + n - k, *p, k) == 0)
            return n - k;
    }
    return n;
}

bool hs_cue_candidate(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    if (t->flags & HS_TF_PUNCT) {
        const char *s = hs_tok_str(d, t);
        size_t n = hs_tok_len(t);
        return (n == 1 && s[0] == ':') ||
               (n == 3 && (memcmp(s, "\xE2\x80\x95", 3) == 0 ||
                           memcmp(s, "\xE2\x80\x94", 3) == 0));
    }
    switch (t->pos) {
    case HS_POS_VB: case HS_POS_VBD: case HS_POS_VBG: case HS_POS_VBN:
    case HS_POS_VBP: case HS_POS_VBZ: case HS_POS_NN: case HS_POS_NNS:
    case HS_POS_JJ: case HS_POS_IN: case HS_POS_MD: case HS_POS_RB:
    case HS_POS_NNP:
        return true;
    default:
        return false;
    }
}

/* What kind of speaker subject k could be: a pronoun for people, "it",
 * a noun for people or organisations (nouns.txt), a noun for words, or
 * something else; the entity class of names is a feature of its own. */
static uint64_t subject_kind(const hs_doc *d, uint32_t k)
{
    const hs_token *t = &d->toks[k];
    if (t->pos == HS_POS_PRP)
        return hs_tok_is(d, k, "it") ? 1 : 2;
    if (t->pos == HS_POS_NN || t->pos == HS_POS_NNS) {
        unsigned kind = hs_lex_noun(d->eng->lex, hs_tok_str(d, t), hs_tok_len(t));
        if (kind & (HS_NOUN_PERSON | HS_NOUN_FOR))
            return 3;
        if (kind & HS_NOUN_ORG)
            return 4;
        if (kind & HS_NOUN_WORDS)
            return 5;
        return 6;
    }
    return 7;
}

/* Lower-cased, apostrophe-folded word of token i into buf; its length. */
static size_t word(const hs_doc *d, uint32_t i, char *buf, size_t cap)
{
    const hs_token *t = &d->toks[i];
    size_t n = hs_lex_fold(hs_tok_str(d, t), hs_tok_len(t), buf, cap);
    if (n == 0) {           /* too long: a fixed stand-in */
        memcpy(buf, "<long>", 7);
        n = 6;
    }
    return n;
}

uint64_t hs_cue_gate_word(const char *w, size_t n, char cpos)
{
    return hs_feat_mix(hs_feat_str(F_GATE, w, n), (uint64_t)cpos);
}

uint64_t hs_cue_gate_key(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    if (t->flags & HS_TF_PUNCT)
        return 0;
    char buf[64];
    size_t n = word(d, i, buf, sizeof buf);
    int p = t->pos;
    char cls = (p >= HS_POS_VB && p <= HS_POS_VBZ) || p == HS_POS_MD ? 'V' :
               p >= HS_POS_NN && p <= HS_POS_NNPS ? 'N' : 'O';
    return hs_cue_gate_word(buf, n, cls);
}

static uint64_t feat_word(uint32_t tmpl, const hs_doc *d, uint32_t i)
{
    char buf[64];
    size_t n = word(d, i, buf, sizeof buf);
    return hs_feat_str(tmpl, buf, n);
}

static uint64_t feat_num(uint32_t tmpl, uint64_t v)
{
    return hs_feat_mix(hs_feat_str(tmpl, "", 0), v);
}

size_t hs_cue_features(const hs_doc *d, const hs_tree *t, uint32_t i,
                       uint64_t *keys)
{
    const hs_token *tk = &d->toks[i];
    const hs_sentence *s = &d->sents[tk->sent];
    size_t n = 0;
    char w[64];
    size_t wn = word(d, i, w, sizeof w);
    uint64_t fw = hs_feat_str(F_W, w, wn);
    keys[n++] = feat_num(F_BIAS, 0);
    keys[n++] = fw;
    keys[n++] = feat_num(F_P, tk->pos);
    keys[n++] = hs_feat_mix(fw, tk->pos);
    keys[n++] = hs_feat_str(F_SUF3, wn > 3 ? w + wn - 3 : w, wn > 3 ? 3 : wn);
    uint64_t fs = hs_feat_str(F_STEM, w, stem(w, wn));
    keys[n++] = fs;
    keys[n++] = feat_num(F_REL, tk->deprel);
    keys[n++] = hs_feat_mix(hs_feat_mix(fw, 0x5EL), tk->deprel);
    keys[n++] = feat_num(F_CAP, (tk->flags & HS_TF_UPPER) ? 1 : 0);
    int32_t h = tk->head;
    if (h >= 0) {
        keys[n++] = feat_word(F_HW, d, (uint32_t)h);
        keys[n++] = feat_num(F_HP, d->toks[h].pos);
        keys[n++] = feat_num(F_HREL, d->toks[h].deprel * 64u + tk->deprel);
    } else {
        keys[n++] = feat_num(F_HW, 0);
    }
    /* children relations, alone and with the word */
    int nch = 0;
    bool subj = false;
    HS_FOR_CHILDREN(t, (int32_t)i, k) {
        if (nch >= 8)
            break;
        int r = d->toks[k].deprel;
        if (r == HS_DEP_PUNCT || r == HS_DEP_DET)
            continue;
        uint64_t side = (uint32_t)k < i ? 1 : 2;
        keys[n++] = feat_num(F_CH, (uint64_t)r * 4 + side);
        keys[n++] = hs_feat_mix(hs_feat_mix(fw, 0xC4L), (uint64_t)r * 4 + side);
        keys[n++] = hs_feat_mix(hs_feat_mix(fs, F_STEMCH), (uint64_t)r * 4 + side);
        if (r == HS_DEP_DOBJ || r == HS_DEP_CCOMP || r == HS_DEP_XCOMP)
            keys[n++] = hs_feat_mix(feat_num(F_OBJ, (uint64_t)r * 256 + d->toks[k].pos), fs);
        if (r == HS_DEP_NSUBJ || r == HS_DEP_NMOD_POSS) {
            subj = true;
            keys[n++] = feat_num(F_SUBJP, d->toks[k].pos);
            keys[n++] = hs_feat_mix(fw, 0x5B0000u + d->toks[k].pos);
            keys[n++] = feat_num(F_SUBJNER, d->toks[k].ner);
            keys[n++] = hs_feat_mix(fs, 0x5C0000u + d->toks[k].ner);
            if (r == HS_DEP_NSUBJ) {
                uint64_t sk = subject_kind(d, (uint32_t)k);
                keys[n++] = feat_num(F_SUBJK, sk);
                keys[n++] = hs_feat_mix(hs_feat_mix(fs, F_SUBJK), sk);
            }
        }
        if (r == HS_DEP_MARK || r == HS_DEP_CASE)
            keys[n++] = hs_feat_mix(feat_word(F_HCH, d, (uint32_t)k), r);
        nch++;
    }
    keys[n++] = feat_num(F_SUBJ, subj);
    /* neighbours */
    uint32_t s0 = s->tok0, s1 = s->tok1;
    uint64_t prev = i > s0 ? feat_word(F_PREV, d, i - 1) : feat_num(F_PREV, 1);
    uint64_t next = i + 1 < s1 ? feat_word(F_NEXT, d, i + 1) : feat_num(F_NEXT, 1);
    keys[n++] = prev;
    keys[n++] = next;
    keys[n++] = hs_feat_mix(fw, next);
    keys[n++] = hs_feat_mix(fw, prev);
    keys[n++] = feat_num(F_PREVP, i > s0 ? d->toks[i - 1].pos : 255);
    keys[n++] = feat_num(F_NEXTP, i + 1 < s1 ? d->toks[i + 1].pos : 255);
    keys[n++] = hs_feat_mix(feat_num(F_NEXT_W_P, i + 1 < s1 ? d->toks[i + 1].pos : 255), fw);
    keys[n++] = i + 2 < s1 ? feat_word(F_NEXT2, d, i + 2) : feat_num(F_NEXT2, 1);
    keys[n++] = i > s0 + 1 ? feat_word(F_PREV2, d, i - 2) : feat_num(F_PREV2, 1);
    /* quotation context */
    keys[n++] = feat_num(F_QDEPTH, tk->quote_depth > 2 ? 2 : tk->quote_depth);
    bool qb = false, qa = false, qs = false;
    for (uint32_t k = i; k-- > s0 && k + 4 > i;)
        qb |= d->toks[k].quote_role < 0;
    for (uint32_t k = i + 1; k < s1 && k < i + 4; k++)
        qa |= d->toks[k].quote_role > 0;
    for (uint32_t k = s0; k < s1 && !qs; k++)
        qs |= d->toks[k].quote_role != 0;
    keys[n++] = feat_num(F_QBEFORE, qb);
    keys[n++] = feat_num(F_QAFTER, qa);
    keys[n++] = feat_num(F_QSENT, qs);
    keys[n++] = hs_feat_mix(fw, 0x9B00u + qb * 2u + qa);
    keys[n++] = feat_num(F_SENTPOS, i == s0 ? 0 : i + 1 == s1 ? 2 : 1);
    /* "said that", "claimed that": the complementiser right after */
    bool that = i + 1 < s1 && hs_tok_len(&d->toks[i + 1]) == 4 &&
                strncmp(hs_tok_str(d, &d->toks[i + 1]), "that", 4) == 0;
    keys[n++] = hs_feat_mix(feat_num(F_THAT, that), tk->pos);
    keys[n++] = hs_feat_mix(fs, 0x7A00u + that * 2u + qs);
    assert(n <= HS_CUE_MAX_FEATS);
    return n;
}

/* Without a model: verbs that are cues most of the time in train, or
 * often and with a clausal complement. */
static bool lexicon_rule(const hs_doc *d, const hs_tree *t, uint32_t i)
{
    const hs_token *tk = &d->toks[i];
    if (tk->pos < HS_POS_VB || tk->pos > HS_POS_VBZ)
        return false;
    const hs_cue_entry *e = hs_lex_cue(d->eng->lex, hs_tok_str(d, tk),
                                       hs_tok_len(tk), 'V');
    if (!e || e->seen == 0)
        return false;
    double p = (double)e->in_cue / (double)(e->seen + 1);
    if (p >= 0.5)
        return true;
    return p >= 0.12 && (hs_tree_child(t, d, (int32_t)i, HS_DEP_CCOMP) >= 0 ||
                         hs_tree_child(t, d, (int32_t)i, HS_DEP_PARATAXIS) >= 0);
}

/* A noun (one the gate marks as a cue noun) that governs a "that" clause:
 * "his claim that ...", "charges that ...". */
static bool noun_with_that(const hs_doc *d, const hs_tree *t, uint32_t i)
{
    const hs_token *tk = &d->toks[i];
    if (tk->pos != HS_POS_NN && tk->pos != HS_POS_NNS)
        return false;
    if (i + 1 < d->ntoks && d->toks[i + 1].deprel == HS_DEP_MARK &&
        hs_tok_len(&d->toks[i + 1]) == 4 &&
        strncmp(hs_tok_str(d, &d->toks[i + 1]), "that", 4) == 0)
        return true;   /* the parser may hang the clause elsewhere */
    HS_FOR_CHILDREN(t, (int32_t)i, k) {
        int r = d->toks[k].deprel;
        if (r != HS_DEP_ACL && r != HS_DEP_CCOMP)
            continue;
        int32_t mk = hs_tree_child(t, d, k, HS_DEP_MARK);
        if (mk >= 0 && hs_tok_len(&d->toks[mk]) == 4 &&
            strncmp(hs_tok_str(d, &d->toks[mk]), "that", 4) == 0)
            return true;
    }
    return false;
}

/* An active verb whose object is qualified by "as" and a quotation:
 * "admires Putin as a “strong leader,”", "rated 32% of claims as
 * “false”".  The quotation is someone's word for the object, and PolNeAR
 * makes the verb the cue of "Putin as a “strong leader”" however rare
 * the verb is as a cue. */
static bool object_as_quoted(const hs_doc *d, const hs_tree *t, uint32_t i)
{
    const hs_token *tk = &d->toks[i];
    if (tk->pos < HS_POS_VB || tk->pos > HS_POS_VBZ ||
        tk->quote_depth > 0 ||
        hs_tree_child(t, d, (int32_t)i, HS_DEP_NSUBJPASS) >= 0 ||
        hs_tree_child(t, d, (int32_t)i, HS_DEP_AUXPASS) >= 0)
        return false;
    int32_t obj = hs_tree_child(t, d, (int32_t)i, HS_DEP_DOBJ);
    if (obj < 0)
        return false;
    for (uint32_t k = (uint32_t)obj + 1; k < d->ntoks && k < (uint32_t)obj + 12; k++) {
        const hs_token *a = &d->toks[k];
        if (a->flags & HS_TF_SENT_START)
            return false;
        if (hs_tok_len(a) == 1 && strchr(",;:", hs_tok_str(d, a)[0]))
            return false;
        if (!hs_tok_is(d, k, "as"))
            continue;
        for (uint32_t q = k + 1; q < d->ntoks && q <= k + 3; q++)
            if ((d->toks[q].flags & HS_TF_QUOTE) && d->toks[q].quote_role > 0)
                return true;
        return false;
    }
    return false;
}

/* "call", naming something with a quotation: "called the political
 * system “rotten to the core”", "calling him a “nice guy”", "which he
 * called “a cartel for higher education”".  Of such active uses in train
 * the gold makes "call" the cue of a mixed quotation 141 times and leaves
 * it 43, where the fold detectors of `make heldout` miss 21 of the 141.
 * Not a call for or on someone, nor a thing "called" a title ("a book
 * called “Women Who Work”", a passive), nor a telephone call ("were
 * calling “every 15 minutes”": a quotation right after the verb is its
 * object only after a relative word, "what she called “a rant”"). */
static bool naming_with_quotation(const hs_doc *d, const hs_tree *t, uint32_t i)
{
    static const char *const forms[] = { "call", "calls", "called", "calling", NULL };
    static const char *const particles[] = { "for", "on", "upon", "out", "off", "up", "back",
                                             "in", "it", "into", NULL };
    static const char *const relatives[] = { "what", "which", "whom", "that", NULL };
    const hs_token *tk = &d->toks[i];
    if (tk->pos < HS_POS_VB || tk->pos > HS_POS_VBZ || tk->quote_depth > 0 ||
        !hs_tok_in(d, i, forms) || i + 1 >= d->ntoks || hs_tok_in(d, i + 1, particles) ||
        hs_tree_child(t, d, (int32_t)i, HS_DEP_NSUBJPASS) >= 0 ||
        hs_tree_child(t, d, (int32_t)i, HS_DEP_AUXPASS) >= 0 ||
        (tk->pos == HS_POS_VBN && (tk->deprel == HS_DEP_ACL || tk->deprel == HS_DEP_AMOD)))
        return false;
    for (uint32_t k = i + 1; k < d->ntoks && k <= i + 7; k++) {
        const hs_token *a = &d->toks[k];
        if (a->flags & HS_TF_SENT_START)
            return false;
        if ((a->flags & HS_TF_QUOTE) && a->quote_role > 0) {
            if (k > i + 1)
                return true;
            for (uint32_t j = i; j > 0 && j + 4 > i; j--)
                if (hs_tok_in(d, j - 1, relatives))
                    return true;
            return false;
        }
        if ((a->flags & HS_TF_PUNCT) && !(a->flags & HS_TF_QUOTE))
            return false;
    }
    return false;
}

/* A verb of the voice or of saying right before the quotation it
 * voices: "chanted “USA! USA!”", "yelling “eminent domain!”", "singing
 * “It's Our Time.”" (a comma or colon may come between).  In train the
 * gold makes a verb of the voice before a quotation the cue 21 times and
 * leaves it 8, 4 of them inside a quotation or before a closing mark,
 * which this leaves out; the fold detectors of `make heldout`, which
 * rarely see these verbs, missed 6 of the 21. */
static bool voicing_a_quotation(const hs_doc *d, const hs_tree *t, uint32_t i)
{
    static const char *const stems[] = { "sing", "sang", "sung", "chant", "shout", "yell",
                                         "scream", "whisper", "mutter", "exclaim", "cried",
                                         "cry", "cries", "bellow", "roar", "shriek", NULL };
    /* and verbs of saying, which a detector trained on less text misses
     * there more often than one would think ("Clinton says, “...”",
     * "by saying, “...”": the fold detectors of `make heldout` missed 19
     * of the 232 gold cues of "say" there) */
    static const char *const saying[] = { "say", "says", "said", "saying", "replied",
                                          "declared", NULL };
    const hs_token *tk = &d->toks[i];
    /* the quotation first: it settles nearly every token at once */
    uint32_t k = i + 1;
    if (k < d->ntoks && (hs_tok_is(d, k, ",") || hs_tok_is(d, k, ":")))
        k++;
    if (k >= d->ntoks || !(d->toks[k].flags & HS_TF_QUOTE) || d->toks[k].quote_role <= 0 ||
        (d->toks[k].flags & HS_TF_SENT_START) || tk->quote_depth > 0)
        return false;
    char buf[32];
    size_t n = hs_lex_fold(hs_tok_str(d, tk), hs_tok_len(tk), buf, sizeof buf);
    /* (a participle after a comma the tagger may read as a noun: ",
     * singing “...”") */
    bool verb = (tk->pos >= HS_POS_VB && tk->pos <= HS_POS_VBZ) ||
                (tk->pos == HS_POS_NN && n > 4 && memcmp(buf + n - 3, "ing", 3) == 0 &&
                 i > 0 && hs_tok_is(d, i - 1, ","));
    if (!verb || hs_tree_child(t, d, (int32_t)i, HS_DEP_AUXPASS) >= 0)
        return false;
    bool voice = hs_tok_in(d, i, saying);
    for (const char *const *s = stems; *s && !voice; s++)
        voice = n >= strlen(*s) && strncmp(buf, *s, strlen(*s)) == 0 && n <= strlen(*s) + 3;
    return voice;
}

/* Is token i the verb of a formula in which writers comment on their own
 * words rather than report anyone's ("That said, ...", "Having said
 * that", "needless to say", "to say the least")?  Each formula lists its
 * words with the verb's place; "That said" and "This said" only open a
 * sentence or a clause after "but" or "and". */
static bool discourse_formula(const hs_doc *d, uint32_t i)
{
    static const struct {
        const char *w[5];
        uint32_t verb;
    } formulas[] = {
        { { "that", "said", ",", NULL }, 1 },
        { { "this", "said", ",", NULL }, 1 },
        { { "that", "being", "said", NULL }, 2 },
        { { "having", "said", "that", NULL }, 1 },
        { { "needless", "to", "say", NULL }, 2 },
        { { "suffice", "it", "to", "say", NULL }, 3 },
        { { "suffice", "to", "say", NULL }, 2 },
        { { "to", "say", "the", "least", NULL }, 1 },
        { { "that", "is", "to", "say", NULL }, 3 },
        { { "so", "to", "speak", NULL }, 2 },
        { { "truth", "be", "told", NULL }, 2 },
    };
    for (size_t f = 0; f < sizeof formulas / sizeof *formulas; f++) {
        uint32_t v = formulas[f].verb;
        if (i < v)
            continue;
        uint32_t k0 = i - v;
        bool match = true;
        for (uint32_t j = 0; formulas[f].w[j] && match; j++)
            match = hs_tok_is(d, k0 + j, formulas[f].w[j]) &&
                    d->toks[k0 + j].sent == d->toks[i].sent;
        if (!match)
            continue;
        if (v == 1 && (hs_tok_is(d, k0, "that") || hs_tok_is(d, k0, "this")) &&
            k0 > d->sents[d->toks[i].sent].tok0 && !hs_tok_is(d, k0 - 1, "but") &&
            !hs_tok_is(d, k0 - 1, "and") && !(d->toks[k0 - 1].flags & HS_TF_PUNCT))
            continue;   /* "the report that said, in effect, ..." */
        return true;
    }
    return false;
}

/* Is token i the "reported" of a credit line, "Ryan Grim reported from
 * Washington." (train and dev: 8, none annotated)?  Only capitalised
 * words, punctuation, "and" and "from" follow it in its sentence. */
static bool credit_line(const hs_doc *d, uint32_t i)
{
    if (!hs_tok_is(d, i, "reported") || !hs_tok_is(d, i + 1, "from"))
        return false;
    uint32_t end = d->sents[d->toks[i].sent].tok1;
    for (uint32_t k = i + 2; k < end; k++)
        if (!(d->toks[k].flags & (HS_TF_UPPER | HS_TF_PUNCT)) && !hs_tok_is(d, k, "and") &&
            !hs_tok_is(d, k, "from"))
            return false;
    return i + 2 < end;
}

/* Is token i a title the tagger read as a verb before the name it
 * titles, "Bills | coach | Sean McDermott said", "rights | activist |
 * Harry Belafonte" (train and dev: 2, neither a cue)? */
static bool title_before_name(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    uint32_t end = d->sents[t->sent].tok1;
    return t->pos >= HS_POS_VB && t->pos <= HS_POS_VBZ && !(t->flags & HS_TF_UPPER) &&
           i + 2 < end && hs_lex_title(d->eng->lex, hs_tok_str(d, t), hs_tok_len(t)) &&
           d->toks[i + 1].pos == HS_POS_NNP && d->toks[i + 2].pos == HS_POS_NNP &&
           (d->toks[i + 1].flags & HS_TF_UPPER) && (d->toks[i + 2].flags & HS_TF_UPPER);
}

/* Is token i "slam" or "ram" as a blow, not as words: "Hurricane Ian
 * slammed into Florida's coast" (the verbs' cues in train and dev take
 * an object, "slammed Clinton"; none "into")? */
static bool impact(const hs_doc *d, uint32_t i)
{
    static const char *const blows[] = { "slam", "slams", "slammed", "slamming", "ram", "rams",
                                         "rammed", "ramming", NULL };
    return i + 1 < d->sents[d->toks[i].sent].tok1 && hs_tok_in(d, i, blows) &&
           hs_tok_is(d, i + 1, "into");
}

/* Is token i the purpose of an anonymous source's anonymity, "speaking
 * on condition of anonymity | to discuss | ...": why the source is
 * unnamed, not a cue of its own (the source's cue is the verb that
 * follows)? */
static bool anonymity_purpose(const hs_doc *d, uint32_t i)
{
    return i >= 2 && hs_tok_is(d, i - 1, "to") && hs_tok_is(d, i - 2, "anonymity");
}

/* Is token i a source's request to stay unnamed, or the giving of a
 * part of a name only: "who asked | not to be named", "asked | that her
 * name not be used", "who gave | only her surname", words about the
 * source, no cue (none in train's gold of 24 such phrases but where a
 * cue follows)? */
static bool anonymity_request(const hs_doc *d, uint32_t i)
{
    static const char *const ask[] = { "asked", "asks", "asking", "requested", NULL };
    static const char *const give[] = { "gave", "give", "gives", "giving", NULL };
    static const char *const unnamed[] = { "named", "identified", "quoted", NULL };
    static const char *const whose[] = { "his", "her", "their", NULL };
    static const char *const names[] = { "name", "names", "surname", "surnames", NULL };
    uint32_t end = d->sents[d->toks[i].sent].tok1;
    if (hs_tok_in(d, i, ask))
        return (i + 4 < end && hs_tok_is(d, i + 1, "not") && hs_tok_is(d, i + 2, "to") &&
                hs_tok_is(d, i + 3, "be") && hs_tok_in(d, i + 4, unnamed)) ||
               (i + 3 < end && hs_tok_is(d, i + 1, "that") && hs_tok_in(d, i + 2, whose) &&
                hs_tok_in(d, i + 3, names));
    if (hs_tok_in(d, i, give))
        for (uint32_t k = i + 1; k < end && k <= i + 4; k++)
            if (hs_tok_in(d, k, names))
                return true;
    return false;
}

void hs_cues_detect(const hs_doc *d, const hs_tree *t, uint8_t *is_cue,
                    int8_t *strength)
{
    const hs_model *m = d->eng->cue_model;
    uint64_t keys[HS_CUE_MAX_FEATS];
    /* the gate's look-ups for the whole document at once, so that their
     * cache misses overlap (one at a time below when memory is short) */
    uint64_t *gkeys = m ? malloc((d->ntoks ? d->ntoks : 1) * sizeof *gkeys) : NULL;
    int *gate_class = gkeys ? malloc((d->ntoks ? d->ntoks : 1) * sizeof *gate_class) : NULL;
    if (gate_class) {
        for (uint32_t i = 0; i < d->ntoks; i++)
            gkeys[i] = hs_cue_candidate(d, i) ? hs_cue_gate_key(d, i) : 0;
        hs_model_first_positive(m, gkeys, d->ntoks, gate_class);
    }
    for (uint32_t i = 0; i < d->ntoks; i++) {
        is_cue[i] = 0;
        strength[i] = 0;
        if (!hs_cue_candidate(d, i) || discourse_formula(d, i) || credit_line(d, i) ||
            title_before_name(d, i) || impact(d, i) || anonymity_purpose(d, i) ||
            anonymity_request(d, i))
            continue;
        if (!m) {
            is_cue[i] = lexicon_rule(d, t, i);
            strength[i] = is_cue[i] ? HS_CUE_SURE : 0;
            continue;
        }
        /* an object labelled with a quotation, a naming with one or a
         * voicing of one makes a cue, of the gate's never-cue words too */
        if (object_as_quoted(d, t, i) || naming_with_quotation(d, t, i) ||
            voicing_a_quotation(d, t, i)) {
            is_cue[i] = 1;
            strength[i] = HS_CUE_SURE;
            continue;
        }
        /* one look-up settles the words that never head a cue ("of",
         * "people", "would") and the verbs that nearly always do ("told",
         * "claimed": the context features must not veto them), before the
         * features of the others */
        int gc = -1;
        if (gate_class) {
            gc = gkeys[i] ? gate_class[i] : -1;
        } else {
            uint64_t gate = hs_cue_gate_key(d, i);
            if (gate)
                hs_model_first_positive(m, &gate, 1, &gc);
        }
        if (gc == 0)
            continue;
        int pos = d->toks[i].pos;
        if (gc == 1 && ((pos >= HS_POS_VB && pos <= HS_POS_VBZ) ||
                            noun_with_that(d, t, i))) {
            is_cue[i] = 1;
            strength[i] = HS_CUE_SURE;
            continue;
        }
        float sc[2] = { 0, 0 };
        size_t n = hs_cue_features(d, t, i, keys);
        hs_model_score(m, keys, n, sc);
        float df = sc[1] - sc[0];
        is_cue[i] = df > HS_CUE_MARGIN ? 1 : df > HS_CUE_WEAK_MARGIN ? 2 : 0;
        float steps = df / 100.0f;
        strength[i] = (int8_t)(steps > 120 ? 120 : steps < -120 ? -120 : steps);
    }
    free(gkeys);
    free(gate_class);
}
