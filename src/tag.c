/*
 * tag.c -- stage 2: part-of-speech and named-entity tags.
 *
 * Two greedy left-to-right averaged perceptrons (see tag.h): for each
 * sentence the part-of-speech model tags every token from features of its
 * form, its neighbours and the two tags before it; then the entity model
 * assigns BIO entity classes from the same word features plus the
 * predicted parts of speech and its own previous decisions, never letting
 * an I-X follow anything but X.  tok->ner keeps only the class (HS_NER_*).
 *
 * Token forms are hashed once per token (hs_tag_words); a feature key is
 * then a cheap mix of a template number with those hashes and tags.  The
 * trainer calls the same functions, so training and run time agree.
 *
 * Without trained models (an untrained checkout) a few shape rules give
 * usable parts of speech and every token is outside any entity.
 */
#include <stdlib.h>
#include <string.h>

#include "tag.h"

/* Longest normalised form hashed (longer forms are cut). */
#define WORD_MAX 64

/* Feature templates.  Their numbers are part of the model format: append,
 * never renumber. */
enum {
    P_BIAS, P_W, P_CW, P_SUF1, P_SUF2, P_SUF3, P_SUF4, P_PRE1, P_PRE2,
    P_PRE3, P_SHAPE, P_FLAGS, P_T1, P_T12, P_T1W, P_WM1, P_SUFM1, P_WM2,
    P_WP1, P_SUFP1, P_WP2, P_SHP1, P_SHM1, P_WM1W, P_WWP1, P_T1WP1,
    P_T1SUF, P_SPACE, P_BASE, P_T1BASE,
    N_BIAS = 100, N_W, N_LW, N_SHAPE, N_SUF3, N_PRE3, N_FLAGS, N_POS,
    N_POSM1, N_POSP1, N_POS_SHAPE, N_B1, N_B12, N_B1W, N_B1SHAPE, N_B1POS,
    N_WM1, N_WP1, N_WM2, N_WP2, N_LWM1W, N_LWWP1, N_SHAPE3, N_POSM1POS,
    N_POSPOSP1, N_SUF4, N_PRE2, N_B1WM1,
    P_DICT = 200, N_DICT,
    /* word clusters (lexicon.h): entities only; the part-of-speech
     * tagger gained 0.05 points from them, and a parser retrained on its
     * tags shook the attribution rules tuned to the old one */
    N_CLU = 300, N_CLUM1, N_CLUP1, N_CLUB1, N_CLU2, N_CLUW, N_CLUC
};

/* Tag value standing for "before the sentence start". */
#define TAG_START 255u

/* Stand-ins for the neighbours beyond either end of a sentence (their
 * clusters outside the 16-bit codes of real words). */
static const hs_tag_word word_start = {
    0x5354415254000001ULL, 0x5354415254000002ULL, 0x5354415254000003ULL,
    0x5354415254000004ULL, 0x5354415254000005ULL, 0x5354415254000006ULL,
    0x5354415254000007ULL, 0x5354415254000008ULL, 0x5354415254000009ULL,
    0x535441525400000aULL, 0x535441525400000bULL, 0, 0, 0x10000
};
static const hs_tag_word word_end = {
    0x454e440000000001ULL, 0x454e440000000002ULL, 0x454e440000000003ULL,
    0x454e440000000004ULL, 0x454e440000000005ULL, 0x454e440000000006ULL,
    0x454e440000000007ULL, 0x454e440000000008ULL, 0x454e440000000009ULL,
    0x454e44000000000aULL, 0x454e44000000000bULL, 0, 0, 0x10001
};

/* Key of template t with value a. */
static inline uint64_t k1(uint32_t t, uint64_t a)
{
    return hs_feat_mix(0x243f6a8885a308d3ULL + t, a);
}

/* Key of template t with values a and b. */
static inline uint64_t k2(uint32_t t, uint64_t a, uint64_t b)
{
    return hs_feat_mix(k1(t, a), b);
}

/* Key of template t with values a, b and c. */
static inline uint64_t k3(uint32_t t, uint64_t a, uint64_t b, uint64_t c)
{
    return hs_feat_mix(k2(t, a, b), c);
}

/* The word at offset i of a sentence of n, or a sentinel beyond it. */
static inline const hs_tag_word *word_at(const hs_tag_word *w, size_t n,
                                         long i)
{
    if (i < 0)
        return &word_start;
    if ((size_t)i >= n)
        return &word_end;
    return &w[i];
}

/* Whether the byte before text[b] ends whitespace (or b is the start). */
static bool space_before(const char *text, size_t b)
{
    if (b == 0)
        return true;
    unsigned char c = (unsigned char)text[b - 1];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
        return true;
    return b >= 2 && c == 0xA0 && (unsigned char)text[b - 2] == 0xC2;
}

/* Whether text[b] starts whitespace (or b is the end, len). */
static bool space_after(const char *text, size_t len, size_t b)
{
    if (b >= len)
        return true;
    unsigned char c = (unsigned char)text[b];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
        return true;
    return c == 0xC2 && b + 1 < len && (unsigned char)text[b + 1] == 0xA0;
}

/* Normalise token text s[0..len) into out (at most WORD_MAX bytes): curly
 * quotes become PTB's `` '' ` ', dashes --, the ellipsis ..., guillemets
 * `` and '', no-break spaces spaces; soft hyphens vanish.  Returns the
 * length written. */
static size_t normalise(const char *s, size_t len, char *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < WORD_MAX - 3;) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        size_t skip = 1;
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
            skip = 3;
            switch ((unsigned char)s[i + 2]) {
            case 0x98: case 0x9B: rep = "`"; break;
            case 0x99: case 0xB2: rep = "'"; break;
            case 0x9C: case 0x9E: case 0x9F: rep = "``"; break;
            case 0x9D: case 0xB3: rep = "''"; break;
            case 0x93: case 0x94: case 0x95: rep = "--"; break;
            case 0xA6: rep = "..."; break;
            default: skip = 1; break;
            }
        } else if (c == 0xC2 && i + 1 < len) {
            skip = 2;
            switch ((unsigned char)s[i + 1]) {
            case 0xA0: rep = " "; break;
            case 0xAB: rep = "``"; break;
            case 0xBB: rep = "''"; break;
            case 0xAD: rep = ""; break;
            default: skip = 1; break;
            }
        }
        if (rep) {
            size_t k = strlen(rep);
            memcpy(out + n, rep, k);
            n += k;
            i += skip;
        } else {
            out[n++] = (char)c;
            i++;
        }
    }
    return n;
}

/* Pack up to 4 bytes s[0..k) with the length into a feature value. */
static inline uint64_t pack(const char *s, size_t k)
{
    uint64_t v = (uint64_t)k << 40;
    for (size_t i = 0; i < k; i++)
        v |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return v;
}

/* Describe tokens [tok0, tok1) of d: hashes of the normalised form, its
 * lower-cased form, shape, prefixes and suffixes, and the flags. */
/* Length of a productive prefix of the lower-cased word ("re", "over",
 * "out" ...) that leaves a word of at least 4 letters, else 0: a rare
 * "retook" or "outsold" then shares evidence with "took" and "sold". */
static size_t verb_prefix(const char *low, size_t n)
{
    static const char *const pre[] = { "re", "over", "under", "out", "mis",
                                       "un", "pre", "co", "de", "dis", NULL };
    for (const char *const *p = pre; *p; p++) {
        size_t k = strlen(*p);
        if (n >= k + 4 && memcmp(low, *p, k) == 0)
            return k;
    }
    return 0;
}

void hs_tag_words(const hs_doc *d, size_t tok0, size_t tok1, hs_tag_word *w)
{
    char norm[WORD_MAX], low[WORD_MAX], shape[WORD_MAX];
    for (size_t t = tok0; t < tok1; t++) {
        const hs_token *tok = &d->toks[t];
        hs_tag_word *o = &w[t - tok0];
        size_t n = normalise(hs_tok_str(d, tok), hs_tok_len(tok), norm);
        uint32_t flags = 0;
        size_t ns = 0;
        bool lower_seen = false;
        char last = 0;
        int run = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)norm[i];
            char sc;
            if (c >= 'A' && c <= 'Z') {
                low[i] = (char)(c + 32);
                sc = 'X';
                flags |= HS_TW_ALPHA;
                if (i == 0)
                    flags |= HS_TW_CAP;
            } else if (c >= 'a' && c <= 'z') {
                low[i] = (char)c;
                sc = 'x';
                flags |= HS_TW_ALPHA;
                lower_seen = true;
            } else if (c >= '0' && c <= '9') {
                low[i] = (char)c;
                sc = 'd';
                flags |= HS_TW_DIGIT;
            } else {
                low[i] = (char)c;
                if (c >= 0x80) {            /* non-ASCII: count as letter */
                    if ((c & 0xC0) == 0x80)
                        continue;           /* continuation byte */
                    sc = 'x';
                    flags |= HS_TW_ALPHA;
                } else {
                    sc = (char)c;
                    if (c == '-' && i > 0)
                        flags |= HS_TW_HYPHEN;
                }
            }
            if (sc == last) {
                if (++run > 2)
                    continue;
            } else {
                last = sc;
                run = 1;
            }
            if (ns < 16)
                shape[ns++] = sc;
        }
        if ((flags & HS_TW_ALPHA) && !lower_seen)
            flags |= HS_TW_ALLCAP;
        if (t == tok0)
            flags |= HS_TW_FIRST;
        if (space_before(d->text, tok->b0))
            flags |= HS_TW_SPB;
        if (space_after(d->text, d->len, tok->b1))
            flags |= HS_TW_SPA;
        o->flags = flags;
        o->cluster = tok->cluster;
        o->word = hs_feat_hash(1, norm, n);
        o->lower = (flags & (HS_TW_CAP | HS_TW_ALLCAP))
                       ? hs_feat_hash(2, low, n) : o->word ^ 3;
        o->shape = hs_feat_hash(3, shape, ns);
        o->pre1 = pack(low, n < 1 ? n : 1);
        o->pre2 = pack(low, n < 2 ? n : 2);
        o->pre3 = pack(low, n < 3 ? n : 3);
        o->suf1 = pack(low + (n > 1 ? n - 1 : 0), n < 1 ? n : 1);
        o->suf2 = pack(low + (n > 2 ? n - 2 : 0), n < 2 ? n : 2);
        o->suf3 = pack(low + (n > 3 ? n - 3 : 0), n < 3 ? n : 3);
        o->suf4 = pack(low + (n > 4 ? n - 4 : 0), n < 4 ? n : 4);
        size_t pl = verb_prefix(low, n);
        o->base = hs_feat_hash(2, low + pl, n - pl) ^ 3;
        o->base_word = pl && !(flags & (HS_TW_CAP | HS_TW_ALLCAP))
                           ? hs_feat_hash(1, low + pl, n - pl) : 0;
    }
}

/* Key of w's part-of-speech dictionary entry (tag.h). */
uint64_t hs_tag_pos_dict_key(const hs_tag_word *w)
{
    return k1(P_DICT, w->word);
}

/* Key of w's entity dictionary entry (tag.h). */
uint64_t hs_tag_ner_dict_key(const hs_tag_word *w)
{
    return k1(N_DICT, w->word);
}

/* The class a dictionary key maps to in m (its only positive weight), or
 * -1 (tag.h). */
int hs_tag_dict_lookup(const hs_model *m, uint64_t key)
{
    int c;
    hs_model_first_positive(m, &key, 1, &c);
    return c;
}

/* Feature keys of the part-of-speech decision for token i (tag.h). */
size_t hs_tag_pos_features(const hs_tag_word *w, size_t n, size_t i,
                           const uint8_t *pos, uint64_t *keys)
{
    const hs_tag_word *c = &w[i];
    const hs_tag_word *p1 = word_at(w, n, (long)i - 1);
    const hs_tag_word *p2 = word_at(w, n, (long)i - 2);
    const hs_tag_word *n1 = word_at(w, n, (long)i + 1);
    const hs_tag_word *n2 = word_at(w, n, (long)i + 2);
    uint64_t t1 = i >= 1 ? pos[i - 1] : TAG_START;
    uint64_t t2 = i >= 2 ? pos[i - 2] : TAG_START;
    size_t k = 0;
    keys[k++] = k1(P_BIAS, 0);
    keys[k++] = k1(P_W, c->lower);
    keys[k++] = k1(P_CW, c->word);
    keys[k++] = k1(P_BASE, c->base);
    keys[k++] = k2(P_T1BASE, t1, c->base);
    keys[k++] = k1(P_SUF1, c->suf1);
    keys[k++] = k1(P_SUF2, c->suf2);
    keys[k++] = k1(P_SUF3, c->suf3);
    keys[k++] = k1(P_SUF4, c->suf4);
    keys[k++] = k1(P_PRE1, c->pre1);
    keys[k++] = k1(P_PRE2, c->pre2);
    keys[k++] = k1(P_PRE3, c->pre3);
    keys[k++] = k1(P_SHAPE, c->shape);
    keys[k++] = k1(P_FLAGS, c->flags & (HS_TW_CAP | HS_TW_ALLCAP |
                                        HS_TW_DIGIT | HS_TW_HYPHEN |
                                        HS_TW_FIRST));
    keys[k++] = k1(P_T1, t1);
    keys[k++] = k2(P_T12, t2, t1);
    keys[k++] = k2(P_T1W, t1, c->lower);
    keys[k++] = k1(P_WM1, p1->lower);
    keys[k++] = k1(P_SUFM1, p1->suf3);
    keys[k++] = k1(P_WM2, p2->lower);
    keys[k++] = k1(P_WP1, n1->lower);
    keys[k++] = k1(P_SUFP1, n1->suf3);
    keys[k++] = k1(P_WP2, n2->lower);
    keys[k++] = k1(P_SHP1, n1->shape);
    keys[k++] = k1(P_SHM1, p1->shape);
    keys[k++] = k2(P_WM1W, p1->lower, c->lower);
    keys[k++] = k2(P_WWP1, c->lower, n1->lower);
    keys[k++] = k2(P_T1WP1, t1, n1->lower);
    keys[k++] = k2(P_T1SUF, t1, c->suf3);
    if (!(c->flags & (HS_TW_ALPHA | HS_TW_DIGIT)))
        keys[k++] = k2(P_SPACE, c->word, c->flags & (HS_TW_SPB | HS_TW_SPA));
    return k;
}

/* Feature keys of the entity decision for token i (tag.h). */
size_t hs_tag_ner_features(const hs_tag_word *w, size_t n, size_t i,
                           const uint8_t *pos, const uint8_t *bio,
                           uint64_t *keys)
{
    const hs_tag_word *c = &w[i];
    const hs_tag_word *p1 = word_at(w, n, (long)i - 1);
    const hs_tag_word *p2 = word_at(w, n, (long)i - 2);
    const hs_tag_word *n1 = word_at(w, n, (long)i + 1);
    const hs_tag_word *n2 = word_at(w, n, (long)i + 2);
    uint64_t b1 = i >= 1 ? bio[i - 1] : TAG_START;
    uint64_t b2 = i >= 2 ? bio[i - 2] : TAG_START;
    uint64_t ps = pos[i];
    uint64_t pm1 = i >= 1 ? pos[i - 1] : TAG_START;
    uint64_t pp1 = i + 1 < n ? pos[i + 1] : TAG_START + 1;
    size_t k = 0;
    keys[k++] = k1(N_BIAS, 0);
    keys[k++] = k1(N_W, c->word);
    keys[k++] = k1(N_LW, c->lower);
    keys[k++] = k1(N_SHAPE, c->shape);
    keys[k++] = k1(N_SUF3, c->suf3);
    keys[k++] = k1(N_SUF4, c->suf4);
    keys[k++] = k1(N_PRE3, c->pre3);
    keys[k++] = k1(N_PRE2, c->pre2);
    keys[k++] = k1(N_FLAGS, c->flags & (HS_TW_CAP | HS_TW_ALLCAP |
                                        HS_TW_DIGIT | HS_TW_HYPHEN |
                                        HS_TW_FIRST));
    keys[k++] = k1(N_POS, ps);
    keys[k++] = k1(N_POSM1, pm1);
    keys[k++] = k1(N_POSP1, pp1);
    keys[k++] = k2(N_POS_SHAPE, ps, c->shape);
    keys[k++] = k1(N_B1, b1);
    keys[k++] = k2(N_B12, b2, b1);
    keys[k++] = k2(N_B1W, b1, c->word);
    keys[k++] = k2(N_B1SHAPE, b1, c->shape);
    keys[k++] = k2(N_B1POS, b1, ps);
    keys[k++] = k2(N_B1WM1, b1, p1->word);
    keys[k++] = k1(N_WM1, p1->word);
    keys[k++] = k1(N_WP1, n1->word);
    keys[k++] = k1(N_WM2, p2->word);
    keys[k++] = k1(N_WP2, n2->word);
    keys[k++] = k2(N_LWM1W, p1->lower, c->lower);
    keys[k++] = k2(N_LWWP1, c->lower, n1->lower);
    keys[k++] = k3(N_SHAPE3, p1->shape, c->shape, n1->shape);
    keys[k++] = k2(N_POSM1POS, pm1, ps);
    keys[k++] = k2(N_POSPOSP1, ps, pp1);
    keys[k++] = k2(N_CLU, c->cluster, c->flags & (HS_TW_CAP | HS_TW_ALLCAP));
    keys[k++] = k1(N_CLUM1, p1->cluster);
    keys[k++] = k1(N_CLUP1, n1->cluster);
    keys[k++] = k2(N_CLUB1, b1, c->cluster);
    keys[k++] = k2(N_CLU2, c->cluster, n1->cluster);
    keys[k++] = k2(N_CLUW, p1->cluster, c->cluster);
    keys[k++] = k2(N_CLUC, HS_CLUSTER_COARSE_OF(c->cluster), ps);
    return k;
}

/* Part of speech from the token's form alone, for a checkout without a
 * trained model: punctuation by glyph, numbers CD, a few closed-class
 * words, capitalised words NNP, everything else NN. */
static uint8_t fallback_pos(const hs_doc *d, const hs_token *t)
{
    char norm[WORD_MAX + 1];
    size_t n = normalise(hs_tok_str(d, t), hs_tok_len(t), norm);
    norm[n] = '\0';
    static const struct {
        const char *w;
        uint8_t pos;
    } table[] = {
        { ",", HS_POS_COMMA }, { ".", HS_POS_PERIOD }, { "?", HS_POS_PERIOD },
        { "!", HS_POS_PERIOD }, { ":", HS_POS_COLON }, { ";", HS_POS_COLON },
        { "--", HS_POS_COLON }, { "...", HS_POS_COLON },
        { "``", HS_POS_LQUOTE }, { "`", HS_POS_LQUOTE },
        { "''", HS_POS_RQUOTE }, { "'", HS_POS_RQUOTE },
        { "\"", HS_POS_RQUOTE }, { "(", HS_POS_LRB }, { "[", HS_POS_LRB },
        { "{", HS_POS_LRB }, { ")", HS_POS_RRB }, { "]", HS_POS_RRB },
        { "}", HS_POS_RRB }, { "$", HS_POS_DOLLAR }, { "#", HS_POS_HASH },
        { "the", HS_POS_DT }, { "a", HS_POS_DT }, { "an", HS_POS_DT },
        { "of", HS_POS_IN }, { "in", HS_POS_IN }, { "to", HS_POS_TO },
        { "and", HS_POS_CC }, { "or", HS_POS_CC }, { "but", HS_POS_CC },
        { "said", HS_POS_VBD }, { "says", HS_POS_VBZ }, { "is", HS_POS_VBZ },
        { "was", HS_POS_VBD }, { "he", HS_POS_PRP }, { "she", HS_POS_PRP },
        { "they", HS_POS_PRP }, { "it", HS_POS_PRP }, { "'s", HS_POS_POS },
        { "for", HS_POS_IN }, { "on", HS_POS_IN }, { "that", HS_POS_IN },
        { "with", HS_POS_IN }, { "by", HS_POS_IN }, { "at", HS_POS_IN },
        { "not", HS_POS_RB }, { "n't", HS_POS_RB }, { "will", HS_POS_MD },
    };
    char low[WORD_MAX + 1];
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(norm[i] >= 'A' && norm[i] <= 'Z' ? norm[i] + 32
                                                          : norm[i]);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(low, table[i].w) == 0)
            return table[i].pos;
    bool alpha = false, digit = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)norm[i];
        if ((c | 32) >= 'a' && (c | 32) <= 'z')
            alpha = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c >= 0x80)
            alpha = true;
    }
    if (digit && !alpha)
        return HS_POS_CD;
    if (!alpha)
        return HS_POS_SYM;
    if (norm[0] >= 'A' && norm[0] <= 'Z')
        return HS_POS_NNP;
    return HS_POS_NN;
}

/* Index of the largest of scores[lo .. hi) (the first on ties). */
/* Does token t, in lower case, end in "ifies" ("testifies",
 * "clarifies")? */
static bool verb_ending(const hs_doc *d, const hs_token *t)
{
    const char *w = hs_tok_str(d, t);
    size_t n = hs_tok_len(t);
    return n > 6 && w[0] >= 'a' && w[0] <= 'z' && memcmp(w + n - 5, "ifies", 5) == 0;
}

/* Is token t a surname's particle in lower case ("da", "van", "bin")? */
static bool name_particle(const hs_doc *d, const hs_token *t)
{
    static const char *const particles[] = { "da", "de", "do", "dos", "das", "di", "del",
        "della", "van", "von", "der", "den", "bin", "ibn", NULL };
    return hs_word_in(hs_tok_str(d, t), hs_tok_len(t), particles);
}

static int argmax(const float *scores, int lo, int hi)
{
    int best = lo;
    for (int c = lo + 1; c < hi; c++)
        if (scores[c] > scores[best])
            best = c;
    return best;
}

/* Tag the sentence of tokens [t0, t1): parts of speech, then entities.
 * w, pos and bio have room for t1 - t0 entries. */
static void tag_sentence(hs_doc *d, size_t t0, size_t t1,
                         const hs_model *pm, const hs_model *nm,
                         hs_tag_word *w, uint8_t *pos, uint8_t *bio,
                         uint64_t *dkeys, int *dict)
{
    size_t n = t1 - t0;
    uint64_t keys[HS_TAG_MAX_FEATS];
    float scores[HS_POS_COUNT > HS_BIO_COUNT ? HS_POS_COUNT : HS_BIO_COUNT];
    hs_tag_words(d, t0, t1, w);
    /* the word lists first, all the sentence's look-ups at once: the
     * word's own part of speech, its base word's ("took" for an
     * unlisted "retook"), and whether it is never part of an entity */
    int *pos_dict = dict, *base_dict = dict + n, *ner_dict = dict + 2 * n;
    if (pm) {
        for (size_t i = 0; i < n; i++)
            dkeys[i] = hs_tag_pos_dict_key(&w[i]);
        hs_model_first_positive(pm, dkeys, n, pos_dict);
        for (size_t i = 0; i < n; i++)
            dkeys[i] = k1(P_DICT, w[i].base_word);
        hs_model_first_positive(pm, dkeys, n, base_dict);
    }
    if (nm) {
        for (size_t i = 0; i < n; i++)
            dkeys[i] = hs_tag_ner_dict_key(&w[i]);
        hs_model_first_positive(nm, dkeys, n, ner_dict);
    }
    for (size_t i = 0; i < n; i++) {
        int dc = pm ? pos_dict[i] : -1;
        if (dc <= 0 && pm && w[i].base_word) {
            /* an unlisted "retook" takes the verb tag of a listed "took" */
            int bc = base_dict[i];
            if (bc >= HS_POS_VB && bc <= HS_POS_VBZ)
                dc = bc;
        }
        if (dc > 0) {
            pos[i] = (uint8_t)dc;
        } else if (pm) {
            size_t nk = hs_tag_pos_features(w, n, i, pos, keys);
            memset(scores, 0, sizeof scores);
            hs_model_score(pm, keys, nk, scores);
            pos[i] = (uint8_t)argmax(scores, 1, HS_POS_COUNT);
        } else {
            pos[i] = fallback_pos(d, &d->toks[t0 + i]);
        }
        /* "-ifies" is a verb's ending, never a plural's ("aide |
         * testifies | senator demanded ...", a headline the model reads
         * as a run of nouns) */
        if (pos[i] == HS_POS_NNS && verb_ending(d, &d->toks[t0 + i]))
            pos[i] = HS_POS_VBZ;
        d->toks[t0 + i].pos = pos[i];
    }
    /* an unlisted capitalised word the model reads as a verb for its
     * ending, opening a sentence before a surname's particle and a
     * name: "Mohammed (VBN) | bin Salman said" */
    if (pm && n >= 3 && (pos[0] == HS_POS_VBD || pos[0] == HS_POS_VBN) && pos_dict[0] <= 0 &&
        (d->toks[t0].flags & HS_TF_UPPER) && !(d->toks[t0].flags & HS_TF_ALLCAPS) &&
        name_particle(d, &d->toks[t0 + 1]) && (d->toks[t0 + 2].flags & HS_TF_UPPER)) {
        pos[0] = HS_POS_NNP;
        d->toks[t0].pos = pos[0];
        if (pos[2] != HS_POS_NNP && pos[2] != HS_POS_NNPS) {
            pos[2] = HS_POS_NNP;
            d->toks[t0 + 2].pos = pos[2];
        }
    }
    /* an unlisted given name the model reads as a verb for its ending,
     * between a role noun and the surname: "spokesman | Majed (VBD) |
     * al-Ansari said" */
    for (size_t i = 1; pm && i + 1 < n; i++) {
        /* a surname's particle between two names is part of the name:
         * "Luiz Inácio Lula | da | Silva", read as a noun that split the
         * name into three subjects */
        /* (as a preposition it stays one, as CoreNLP tags "de" in
         * "Bill de Blasio") */
        if (pos[i] != HS_POS_NNP && pos[i] != HS_POS_IN && pos[i] != HS_POS_FW &&
            pos[i - 1] == HS_POS_NNP && pos[i + 1] == HS_POS_NNP &&
            (d->toks[t0 + i + 1].flags & HS_TF_UPPER) && name_particle(d, &d->toks[t0 + i])) {
            pos[i] = HS_POS_NNP;
            d->toks[t0 + i].pos = pos[i];
        }
        if ((pos[i] == HS_POS_VBD || pos[i] == HS_POS_VBN || pos[i] == HS_POS_VBG) &&
            pos_dict[i] <= 0 && (d->toks[t0 + i].flags & HS_TF_UPPER) &&
            pos[i - 1] == HS_POS_NN && !(d->toks[t0 + i - 1].flags & HS_TF_UPPER) &&
            pos[i + 1] == HS_POS_NNP) {
            pos[i] = HS_POS_NNP;
            d->toks[t0 + i].pos = pos[i];
        }
    }
    for (size_t i = 0; i < n; i++) {
        int b = 0;
        if (nm && ner_dict[i] == 0) {
            b = 0;
        } else if (nm) {
            size_t nk = hs_tag_ner_features(w, n, i, pos, bio, keys);
            memset(scores, 0, sizeof scores);
            hs_model_score(nm, keys, nk, scores);
            int prev = i ? bio[i - 1] : 0;
            for (int c = 1; c < HS_BIO_COUNT; c++)
                if (scores[c] > scores[b] && hs_bio_allowed(prev, c))
                    b = c;
        }
        bio[i] = (uint8_t)b;
        d->toks[t0 + i].ner = (uint8_t)HS_BIO_TYPE(b);
    }
}

/* Tag every sentence of d with the given models (tag.h). */
int hs_tag_with(hs_doc *d, const hs_model *pm, const hs_model *nm,
                hs_error *err)
{
    if ((pm && hs_model_classes(pm) != HS_POS_COUNT) ||
        (nm && hs_model_classes(nm) != HS_BIO_COUNT)) {
        hs_set_error(err, HS_ERR_MODEL, 0, "tagger model has wrong classes");
        return -1;
    }
    if (d->ntoks == 0)
        return 0;
    /* Sentence ranges: d->sents, or runs of equal tok->sent when the
     * sentence array has not been built. */
    size_t maxlen = 0;
    size_t ns = d->nsents;
    for (size_t s = 0, t = 0; ns ? s < ns : t < d->ntoks; s++) {
        size_t a = ns ? d->sents[s].tok0 : t, b = ns ? d->sents[s].tok1 : t;
        if (!ns)
            while (b < d->ntoks && d->toks[b].sent == d->toks[a].sent)
                b++;
        if (b - a > maxlen)
            maxlen = b - a;
        t = b;
    }
    if (!maxlen)
        maxlen = 1;
    hs_tag_word *w = malloc(maxlen * sizeof *w);
    uint8_t *pos = malloc(maxlen);
    uint8_t *bio = malloc(maxlen);
    uint64_t *dkeys = malloc(maxlen * sizeof *dkeys);
    int *dict = malloc(3 * maxlen * sizeof *dict);
    if (!w || !pos || !bio || !dkeys || !dict) {
        free(w);
        free(pos);
        free(bio);
        free(dkeys);
        free(dict);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    for (size_t s = 0, t = 0; ns ? s < ns : t < d->ntoks; s++) {
        size_t a = ns ? d->sents[s].tok0 : t, b = ns ? d->sents[s].tok1 : t;
        if (!ns)
            while (b < d->ntoks && d->toks[b].sent == d->toks[a].sent)
                b++;
        if (a < b && b <= d->ntoks)
            tag_sentence(d, a, b, pm, nm, w, pos, bio, dkeys, dict);
        t = b;
    }
    free(w);
    free(pos);
    free(bio);
    free(dkeys);
    free(dict);
    return 0;
}

/* Stage entry point: tag d with the engine's models. */
int hs_tag(hs_doc *d, hs_error *err)
{
    return hs_tag_with(d, d->eng->pos_model, d->eng->ner_model, err);
}
