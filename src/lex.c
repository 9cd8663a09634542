/*
 * lex.c -- stage 1: text -> tokens, sentences, paragraphs.
 *
 * The tokenizer follows the Penn Treebank conventions CoreNLP uses, because
 * the tagger and parser learn from CoreNLP's silver annotation: clitics are
 * split ("do|n't", "Moscow|’s", "can|not", "gon|na"), punctuation stands
 * alone, hyphenated words (also after a dotted one: "U.S.-led"), numbers
 * ("2.3", "1,000", "10:30"), abbreviations ("U.S.", "Mr.") and URLs stay
 * whole.  Every token keeps its byte and code-point range, so
 * offsets always point back into the input.
 *
 * Any line break ends a paragraph (news texts put one paragraph per line or
 * separate them by blank lines; a quotation that runs on reopens its mark
 * at the start of each paragraph).  Sentences end at . ! ? … (plus closing
 * quotes and brackets) before a capital, a quote or a paragraph break, and
 * at every paragraph break; abbreviations and initials do not end them.
 *
 * Work is linear in the input: one pass for tokens, one for sentences.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "internal.h"
#include "lexicon.h"

/* Longest sentence, in tokens: a text with no sentence punctuation is cut
 * into pieces this long so later stages stay linear with small constants. */
#define HS_MAX_SENT_TOKENS 400

/* Decode the code point at byte i (text is valid UTF-8: text.c checked). */
static inline int32_t cp_at(const hs_doc *d, size_t i, size_t *k)
{
    unsigned char c = (unsigned char)d->text[i];
    if (c < 0x80) {
        *k = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)d->text + i,
                                          (utf8proc_ssize_t)(d->len - i), &cp);
    *k = n > 0 ? (size_t)n : 1;
    return n > 0 ? cp : 0xFFFD;
}

/* Code point at byte i, or 0 past the end. */
static inline int32_t cp_peek(const hs_doc *d, size_t i)
{
    size_t k;
    return i < d->len ? cp_at(d, i, &k) : 0;
}

static bool is_space(int32_t c)
{
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v')
        return true;
    if (c < 0x80)
        return false;
    if (c == 0xFEFF || c == 0x200B || c == 0x2060)   /* BOM, zero widths */
        return true;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC;
}

static bool is_newline(int32_t c)
{
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 ||
           c == 0x85 || c == '\v' || c == '\f';
}

/* Letters, digits and combining marks make words. */
static bool is_word(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9');
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return c == 0x00AD;   /* soft hyphen stays inside its word */
    }
}

static bool is_letter(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    utf8proc_category_t cat = utf8proc_category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static bool is_digit(int32_t c)
{
    return (c >= '0' && c <= '9') ||
           (c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_ND);
}

static bool is_upper(int32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static bool is_apostrophe(int32_t c) { return c == '\'' || c == 0x2019; }
static bool is_hyphen(int32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Quotation-mark glyph kind of a single code point. */
static uint8_t quote_kind(int32_t c)
{
    switch (c) {
    case '"': return HS_Q_DOUBLE_STRAIGHT;
    case 0x201C: case 0x201E: case 0x201F: return HS_Q_DOUBLE_OPEN;
    case 0x201D: return HS_Q_DOUBLE_CLOSE;
    case '\'': return HS_Q_SINGLE_STRAIGHT;
    case 0x2018: case 0x201A: case 0x201B: return HS_Q_SINGLE_OPEN;
    case 0x2019: return HS_Q_SINGLE_CLOSE;
    case 0x00AB: case 0x2039: return HS_Q_GUILLEMET_OPEN;
    case 0x00BB: case 0x203A: return HS_Q_GUILLEMET_CLOSE;
    default: return HS_Q_NONE;
    }
}

/* Quotation-mark kind of a whole token: one quote glyph, or the doubled
 * ASCII forms `` and '' that some newsrooms use for double quotes. */
static uint8_t token_quote_kind(const hs_doc *d, const hs_token *t)
{
    size_t n = t->b1 - t->b0;
    const char *s = d->text + t->b0;
    if (n == 2 && s[0] == '\'' && s[1] == '\'')
        return HS_Q_DOUBLE_STRAIGHT;
    if (n == 2 && s[0] == '`' && s[1] == '`')
        return HS_Q_DOUBLE_OPEN;
    if (n == 1 && s[0] == '`')
        return HS_Q_SINGLE_OPEN;
    if (t->c1 - t->c0 != 1)
        return HS_Q_NONE;
    return quote_kind(cp_peek(d, t->b0));
}

/* Abbreviations that keep their period and do not end a sentence. */
static const char *const abbrevs[] = {
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen",
    "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl", "Pvt", "St",
    "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "v", "etc", "Jan",
    "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No",
    "Nos", "Ft", "Mt", "Rev", "Prof", "Pres", "Gens", "Supt", "Ave", "Blvd",
    "Rd", "Hon", "Atty", "Msgr", "Fr", "Rs", "Mssrs", "Messrs", "approx",
    "Dept", "Univ", "Calif", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn",
    "Tenn", "Tex", "Va", "Wash", "Wis", "Conn", "Ariz", "Ala", "Ark", "Colo",
    "Del", "Ga", "Kan", "Ky", "La", "Md", "Miss", "Mo", "Mont", "Neb", "Nev",
    "Okla", "Ore", "Pa", "Vt", "Wyo", "Ind", "Ald", "Det", "Cllr", "Amb", "a.m",
    "p.m", "e.g", "i.e", "U.S", "U.N", "U.K", "D.C", "Ph.D", NULL
};

static bool is_abbrev(const char *s, size_t n)
{
    /* a title after a lower-case word and a hyphen: "then-Sen.", "ex-Gov."
     * (not "R-Tex", whose period the party rules read) */
    if (n > 0 && s[0] >= 'a' && s[0] <= 'z') {
        size_t h = n;
        for (size_t k = 0; k < n; k++)
            if (s[k] == '-')
                h = k;
        if (h < n) {
            s += h + 1;
            n -= h + 1;
        }
    }
    return hs_word_in(s, n, abbrevs);
}

/* Append a token [b0,b1) whose first code point index is c0. */
static int push_token(hs_doc *d, size_t b0, size_t b1, size_t c0, size_t c1,
                      hs_error *err)
{
    if (!HS_GROW(d->toks, d->captoks, d->ntoks + 1)) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    hs_token *t = &d->toks[d->ntoks++];
    memset(t, 0, sizeof *t);
    t->b0 = (uint32_t)b0;
    t->b1 = (uint32_t)b1;
    t->c0 = (uint32_t)c0;
    t->c1 = (uint32_t)c1;
    t->head = -1;
    return 0;
}

/* Length in bytes of a clitic at the end of word [b0,b1) that PTB splits
 * off ("n't", "'s", "’ll" ...), or 0. */
static size_t clitic_len(const hs_doc *d, size_t b0, size_t b1)
{
    const char *s = d->text + b0;
    size_t n = b1 - b0;
    /* words PTB splits in two: "can|not", "gon|na", "got|ta", "wan|na";
     * whole, the tagger never saw them ("cannot" read as a past verb) */
    static const struct { const char *word; size_t tail; } fused[] = {
        { "cannot", 3 }, { "gonna", 2 }, { "gotta", 2 }, { "wanna", 2 },
    };
    for (size_t f = 0; f < sizeof fused / sizeof fused[0]; f++)
        if (strlen(fused[f].word) == n && strncasecmp(s, fused[f].word, n) == 0)
            return fused[f].tail;
    /* n't / n’t */
    static const char *const nts[] = { "n't", "n\xE2\x80\x99t", "N'T",
                                       "N\xE2\x80\x99T", NULL };
    for (const char *const *p = nts; *p; p++) {
        size_t k = strlen(*p);
        if (n > k && memcmp(s + n - k, *p, k) == 0)
            return k;
    }
    static const char *const tails[] = { "s", "S", "re", "RE", "ll", "LL",
                                         "ve", "VE", "m", "M", "d", "D",
                                         NULL };
    for (const char *const *p = tails; *p; p++) {
        size_t k = strlen(*p);
        if (n > k + 1 && memcmp(s + n - k, *p, k) == 0) {
            if (s[n - k - 1] == '\'')
                return k + 1;
            if (n > k + 3 && memcmp(s + n - k - 3, "\xE2\x80\x99", 3) == 0)
                return k + 3;
        }
    }
    return 0;
}

/* Scan a word starting at byte i up to a dotted word's last period;
 * returns its end byte and sets *dotted when it is such a word ("U.S.").
 * Joins hyphenated words, numbers with separators, dotted abbreviations,
 * inner apostrophes, AT&T-style ampersands and slashes between word
 * characters. */
static size_t scan_word_part(const hs_doc *d, size_t i, bool *dotted_out)
{
    size_t j = i, k, seg = i;   /* seg: start of the part after a hyphen */
    int32_t prev = 0;
    bool dotted = false;
    while (j < d->len) {
        int32_t c = cp_at(d, j, &k);
        if (is_word(c)) {
            prev = c;
            j += k;
            continue;
        }
        int32_t next = cp_peek(d, j + k);
        if (is_hyphen(c) && is_word(prev) && is_word(next)) {
            prev = c;
            j += k;
            seg = j;
            continue;
        }
        if ((c == ',' || c == '.' || c == ':') && is_digit(prev) &&
            is_digit(next)) {
            prev = c;
            j += k;
            continue;
        }
        if (c == '.' && is_letter(prev) && is_letter(next) &&
            (dotted || j - seg <= 2)) {
            /* U.S, p.m, Ph.D, a party tag's R-S.C: letters separated by
             * single dots */
            size_t k2;
            cp_at(d, j + k, &k2);
            int32_t after2 = cp_peek(d, j + k + k2);
            if (after2 == '.' || !is_word(after2)) {
                dotted = true;
                prev = c;
                j += k;
                continue;
            }
        }
        if (is_apostrophe(c) && is_letter(prev) && is_letter(next)) {
            prev = c;
            j += k;
            continue;
        }
        if (c == '/' && is_word(prev) && is_word(next)) {
            /* "9/11", "Reuters/Ipsos", "and/or": PTB keeps them whole */
            prev = c;
            j += k;
            continue;
        }
        if (c == '&' && is_upper(prev) && is_upper(next)) {
            prev = c;
            j += k;
            continue;
        }
        /* UTF-8 decoded twice as Latin-1 ("FranÃ\u0083Â§ois" for
         * "François", the Ã and Â often decomposed): the C1 controls and
         * Latin-1 signs of such a letter stay inside the word instead of
         * cutting the name in three */
        if (c >= 0x80 && c <= 0xBF &&
            (prev == 0xC2 || prev == 0xC3 || prev == 0x302 || prev == 0x303 ||   /* Â, Ã, composed or not */
             (prev >= 0x80 && prev <= 0x9F))) {
            prev = c;
            j += k;
            continue;
        }
        break;
    }
    /* Trailing period of an abbreviation, an initial or a dotted word. */
    if (j < d->len && d->text[j] == '.') {
        size_t n = j - i;
        bool initial = n == 1 && is_upper((unsigned char)d->text[i]);
        if (dotted || initial || is_abbrev(d->text + i, n))
            j++;
    }
    *dotted_out = dotted;
    return j;
}

/* Scan a word starting at byte i; returns its end byte.  A dotted word
 * joined by a hyphen to the next word is one word with it, as in CoreNLP's
 * tokens: "U.S.-led", "D.C.-based", "A.F.L.-C.I.O.". */
static size_t scan_word(const hs_doc *d, size_t i)
{
    for (;;) {
        bool dotted;
        size_t j = scan_word_part(d, i, &dotted), k;
        if (!dotted || d->text[j - 1] != '.' || j >= d->len ||
            !is_hyphen(cp_at(d, j, &k)) || !is_word(cp_peek(d, j + k)))
            return j;
        i = j + k;
    }
}

/* Does a URL, e-mail or @handle/#tag start at byte i?  Returns its end or
 * i when not. */
static size_t scan_url(const hs_doc *d, size_t i)
{
    const char *s = d->text + i;
    size_t rest = d->len - i;
    bool url = (rest > 7 && (strncmp(s, "http://", 7) == 0 ||
                             strncmp(s, "https://", 8) == 0)) ||
               (rest > 4 && strncmp(s, "www.", 4) == 0);
    bool handle = (s[0] == '@' || s[0] == '#') && rest > 1 &&
                  is_letter(cp_peek(d, i + 1));
    if (!url && !handle)
        return i;
    size_t j = i + 1, k;
    while (j < d->len) {
        int32_t c = cp_at(d, j, &k);
        if (is_space(c) || quote_kind(c) || c == '<' || c == '>')
            break;
        if (handle && !is_word(c) && c != '_')
            break;
        j += k;
    }
    /* a URL does not swallow the sentence's final punctuation */
    while (url && j > i + 4 && strchr(".,;:!?)", d->text[j - 1]))
        j--;
    return j;
}

/* Tokenize d->text into d->toks. */
static int tokenize(hs_doc *d, hs_error *err)
{
    size_t i = 0, ci = 0, k;
    while (i < d->len) {
        int32_t c = cp_at(d, i, &k);
        if (is_space(c)) {
            i += k;
            ci++;
            continue;
        }
        size_t j;
        if ((c == 'h' || c == 'w' || c == '@' || c == '#') &&
            (j = scan_url(d, i)) > i) {
            /* URL / handle: one token */
        } else if (is_word(c)) {
            j = scan_word(d, i);
            size_t cl = clitic_len(d, i, j);
            if (cl && cl < j - i) {
                size_t mid = j - cl;
                size_t cmid = ci;
                for (size_t b = i; b < mid; b++)
                    if (((unsigned char)d->text[b] & 0xC0) != 0x80)
                        cmid++;
                if (push_token(d, i, mid, ci, cmid, err))
                    return -1;
                i = mid;
                ci = cmid;
            }
        } else if ((c == '\'' || c == '`') && i + 1 < d->len &&
                   d->text[i + 1] == (char)c) {
            j = i + 2;   /* '' and `` as double quotation marks */
        } else if (c == '.' || c == '-' || c == 0x2014 || c == 0x2013 ||
                   c == '!' || c == '?') {
            /* runs: "...", "--", "?!" */
            j = i + k;
            while (j < d->len && (unsigned char)d->text[j] == (unsigned)c &&
                   c < 0x80)
                j++;
        } else {
            j = i + k;
        }
        size_t cj = ci;
        for (size_t b = i; b < j; b++)
            if (((unsigned char)d->text[b] & 0xC0) != 0x80)
                cj++;
        if (push_token(d, i, j, ci, cj, err))
            return -1;
        i = j;
        ci = cj;
    }
    return 0;
}

/* Flags of one token from its text and what precedes it. */
static uint32_t token_flags(const hs_doc *d, const hs_token *t,
                            const hs_token *prev)
{
    uint32_t f = 0;
    size_t k;
    bool any_word = false, any_lower = false, any_upper = false;
    bool first_letter = true;
    for (size_t b = t->b0; b < t->b1; b += k) {
        int32_t c = cp_at(d, b, &k);
        if (is_word(c))
            any_word = true;
        if (is_digit(c))
            f |= HS_TF_DIGIT;
        if (is_letter(c)) {
            bool up = is_upper(c);
            if (first_letter && up)
                f |= HS_TF_UPPER;
            first_letter = false;
            any_upper |= up;
            any_lower |= !up;
        }
    }
    if (!any_word)
        f |= HS_TF_PUNCT;
    if (any_upper && !any_lower && t->c1 - t->c0 > 1)
        f |= HS_TF_ALLCAPS;
    if (token_quote_kind(d, t))
        f |= HS_TF_QUOTE;
    size_t from = prev ? prev->b1 : 0;
    if (t->b0 > from)
        f |= HS_TF_SPACE_BEFORE;
    if (!prev) {
        f |= HS_TF_PARA_START | HS_TF_LINE_START;
    } else {
        for (size_t b = from; b < t->b0; b += k) {
            if (is_newline(cp_at(d, b, &k))) {
                f |= HS_TF_PARA_START | HS_TF_LINE_START;
                break;
            }
        }
    }
    return f;
}

/* Words that start sentences after a sentence-final abbreviation like
 * "U.S.": "... in the U.S. The senator said" */
static bool is_sentence_starter(const hs_doc *d, const hs_token *t)
{
    static const char *const w[] = {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In",
        "A", "This", "That", "His", "Her", "Their", "There", "Its", "On",
        "At", "As", "If", "When", "While", "After", "Mr.", "Mrs.", "Ms.",
        "Dr.", NULL
    };
    return hs_word_in(hs_tok_str(d, t), hs_tok_len(t), w);
}

static bool tok_is(const hs_doc *d, const hs_token *t, const char *s)
{
    size_t n = strlen(s);
    return hs_tok_len(t) == n && memcmp(hs_tok_str(d, t), s, n) == 0;
}

/* Is token i sentence-final punctuation? */
static bool is_terminator(const hs_doc *d, const hs_token *t)
{
    unsigned char c = (unsigned char)d->text[t->b0];
    if (t->flags & HS_TF_PUNCT)
        return c == '.' || c == '!' || c == '?' || tok_is(d, t, "\xE2\x80\xA6");
    return false;
}

/* Assign tok->sent: split at terminators and paragraph breaks. */
static void split_sentences(hs_doc *d)
{
    uint32_t sent = 0, len = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        hs_token *t = &d->toks[i];
        if (i > 0 && ((t->flags & HS_TF_PARA_START) ||
                      len >= HS_MAX_SENT_TOKENS)) {
            sent++;
            len = 0;
        }
        t->sent = sent;
        len++;
        bool ends = is_terminator(d, t);
        if (!ends && !(t->flags & HS_TF_PUNCT) && hs_tok_len(t) > 1 &&
            d->text[t->b1 - 1] == '.') {
            /* "U.S." at the end of a sentence, or the platform X, which
             * no initial is after "on": "in a post on X. “Vital ...”" */
            ends = i + 1 < d->ntoks &&
                   !(d->toks[i + 1].flags & HS_TF_PARA_START) &&
                   (is_sentence_starter(d, &d->toks[i + 1]) ||
                    (tok_is(d, t, "X.") && i > 0 && tok_is(d, &d->toks[i - 1], "on")));
        }
        if (!ends)
            continue;
        /* absorb closing quotes and brackets glued to the terminator */
        size_t j = i + 1;
        while (j < d->ntoks && !(d->toks[j].flags & HS_TF_SPACE_BEFORE) &&
               !(d->toks[j].flags & HS_TF_PARA_START)) {
            const hs_token *u = &d->toks[j];
            int32_t c = cp_peek(d, u->b0);
            uint8_t q = token_quote_kind(d, u);
            bool closer = q == HS_Q_DOUBLE_STRAIGHT || q == HS_Q_DOUBLE_CLOSE ||
                          q == HS_Q_SINGLE_STRAIGHT || q == HS_Q_SINGLE_CLOSE ||
                          q == HS_Q_GUILLEMET_CLOSE || c == ')' || c == ']' ||
                          is_terminator(d, u);
            if (!closer)
                break;
            d->toks[j].sent = sent;
            len++;
            j++;
        }
        i = j - 1;
        if (j >= d->ntoks || (d->toks[j].flags & HS_TF_PARA_START))
            continue;   /* the paragraph break splits anyway */
        const hs_token *n = &d->toks[j];
        int32_t c = cp_peek(d, n->b0);
        bool starts = (n->flags & HS_TF_UPPER) || is_digit(c) ||
                      quote_kind(c) || c == '(' || c == '[';
        if (starts && (n->flags & HS_TF_SPACE_BEFORE)) {
            sent++;
            len = 0;
        }
    }
}

/* Every token's word cluster, 32 tokens at a time: keys, prefetches,
 * then the table probes, so that their cache misses overlap. */
static void annotate_clusters(hs_doc *d)
{
    const hs_lexicons *lx = d->eng ? d->eng->lex : NULL;
    for (size_t i0 = 0; i0 < d->ntoks; i0 += 32) {
        size_t m = d->ntoks - i0 < 32 ? d->ntoks - i0 : 32;
        uint64_t key[32];
        for (size_t k = 0; k < m; k++) {
            const hs_token *t = &d->toks[i0 + k];
            key[k] = lx ? hs_lex_cluster_key(hs_tok_str(d, t), hs_tok_len(t)) : 0;
            if (key[k])
                hs_lex_cluster_prefetch(lx, key[k]);
        }
        for (size_t k = 0; k < m; k++)
            d->toks[i0 + k].cluster = lx ? hs_lex_cluster_of(lx, key[k]) : HS_CLUSTER_NONE;
    }
}

int hs_lex_annotate(hs_doc *d, hs_error *err)
{
    d->nsents = d->nparas = 0;
    uint32_t para = 0;
    annotate_clusters(d);
    for (size_t i = 0; i < d->ntoks; i++) {
        hs_token *t = &d->toks[i];
        uint32_t keep = t->flags & HS_TF_SENT_START;
        t->flags = token_flags(d, t, i ? &d->toks[i - 1] : NULL) | keep;
        t->quote = (t->flags & HS_TF_QUOTE) ? token_quote_kind(d, t) : HS_Q_NONE;
        if (i > 0 && (t->flags & HS_TF_PARA_START))
            para++;
        t->para = para;
        if (i == 0 || t->sent != d->toks[i - 1].sent ||
            (t->flags & HS_TF_PARA_START)) {
            t->flags |= HS_TF_SENT_START;
            if (!HS_GROW(d->sents, d->capsents, d->nsents + 1))
                goto nomem;
            d->sents[d->nsents++] = (hs_sentence){ (uint32_t)i, (uint32_t)i, para };
        } else {
            t->flags &= ~(uint32_t)HS_TF_SENT_START;
        }
        d->sents[d->nsents - 1].tok1 = (uint32_t)i + 1;
        if (i == 0 || (t->flags & HS_TF_PARA_START)) {
            if (!HS_GROW(d->paras, d->capparas, d->nparas + 1))
                goto nomem;
            d->paras[d->nparas++] = (hs_paragraph){ (uint32_t)i, (uint32_t)i };
        }
        d->paras[d->nparas - 1].tok1 = (uint32_t)i + 1;
    }
    /* sentence numbers become indexes into d->sents */
    for (size_t s = 0; s < d->nsents; s++)
        for (uint32_t i = d->sents[s].tok0; i < d->sents[s].tok1; i++)
            d->toks[i].sent = (uint32_t)s;
    return 0;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    return -1;
}

/* Is token i a word that Title Case may leave in lower case: an
 * article, a conjunction, a preposition, a short form of "be", a
 * clitic ("'s", "n't") or a name's particle ("de", "van")? */
static bool title_case_minor(const hs_doc *d, uint32_t i)
{
    static const char *const minor[] = {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at",
        "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "v.",
        "with", "from", "into", "onto", "over", "than", "upon", "about", "after",
        "before", "through", "under", "without", "against", "between", "where",
        "is", "be", "are", "was", "were", "de", "la", "le", "du", "van", "von", "der",
        "den", "bin", "al", "da", "del", "e", "n't", "n\u2019t", NULL };
    return hs_tok_in(d, i, minor);
}

bool hs_title_head(const hs_doc *d)
{
    /* a single paragraph is the text itself, not its headline */
    if (d->nparas < 2)
        return false;
    const hs_paragraph *p = &d->paras[0];
    uint32_t words = 0, caps = 0, lower = 0;
    for (uint32_t i = p->tok0; i < p->tok1; i++) {
        const hs_token *t = &d->toks[i];
        if (t->flags & HS_TF_PUNCT)
            continue;
        words++;
        caps += (t->flags & HS_TF_UPPER) != 0;
        char c = hs_tok_str(d, t)[0];
        lower += c >= 'a' && c <= 'z' && !title_case_minor(d, i);
    }
    /* a verb or noun in lower case is a sentence's ("Trump rips Joe
     * Scarborough"), but for one slip in eight words ("... Some Will
     * Want To hear") */
    return words >= 3 && words <= 30 && caps * 10 >= words * 6 && lower * 8 <= words;
}

int hs_lex(hs_doc *d, hs_error *err)
{
    if (tokenize(d, err))
        return -1;
    /* flags first (split_sentences needs them), then sentences */
    for (size_t i = 0; i < d->ntoks; i++)
        d->toks[i].flags = token_flags(d, &d->toks[i], i ? &d->toks[i - 1] : NULL);
    split_sentences(d);
    return hs_lex_annotate(d, err);
}
