/*
 * lexicon.c -- parse the embedded word lists into read-only hash maps.
 *
 * The engine copies each list once and cuts it into fields in place, so
 * every key and value string points into one owned buffer.  A map is an
 * open-addressing table of (key, record index); look-ups fold case first.
 * After hs_lexicons_load() nothing is written, so threads share it.
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "models.h"
#include "perceptron.h"

/* A list of given names and their usual gender ("name<TAB>M|F"). */
typedef struct {
    hs_strmap map;              /* folded name -> line */
    char *gender;               /* per line: 'M' or 'F' */
} gender_list;

struct hs_lexicons {
    char *bufs[7];              /* owned copies of the files */
    hs_cue_entry *cues;  size_t ncues;
    const char **cue_forms;
    hs_place_entry *places; size_t nplaces;
    hs_act_entry *acts;  size_t nacts;
    hs_strmap cue_map, title_map, place_map, act_map, marker_map, noun_map;
    /* word clusters: open addressing over form hashes (0: empty slot),
     * with each form's HS_CLUSTER code; read from the embedded list in
     * place, since a copy of its 100,000 forms would cost megabytes */
    uint64_t *cluster_keys;
    uint16_t *cluster_codes;
    uint32_t cluster_mask;
    gender_list names;          /* names.txt, hand-made */
    gender_list given;          /* given-names.txt, from birth counts */
};

size_t hs_lex_fold(const char *w, size_t n, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
            ((unsigned char)w[i + 2] == 0x99 || (unsigned char)w[i + 2] == 0x98)) {
            c = '\'';
            i += 2;
        } else if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c - 'A' + 'a');
        }
        if (k + 1 >= cap)
            return 0;
        buf[k++] = (char)c;
    }
    buf[k] = '\0';
    return k;
}

/* Copy the embedded file `name`; split into lines; returns line count and
 * the lines array (pointers into the copy). */
static char **load_lines(const char *name, char **buf, size_t *nlines)
{
    hs_blob b;
    *nlines = 0;
    *buf = NULL;
    if (!hs_blob_get(name, &b))
        return NULL;
    *buf = malloc(b.size + 1);
    if (!*buf)
        return NULL;
    memcpy(*buf, b.data, b.size);
    (*buf)[b.size] = '\0';
    size_t n = 0;
    for (size_t i = 0; i < b.size; i++)
        n += (*buf)[i] == '\n';
    char **lines = calloc(n + 2, sizeof *lines);
    if (!lines)
        return NULL;
    char *p = *buf;
    while (*p) {
        char *e = strchr(p, '\n');
        if (e)
            *e = '\0';
        if (*p && *p != '#')
            lines[(*nlines)++] = p;
        if (!e)
            break;
        p = e + 1;
    }
    return lines;
}

/* Split line at TABs into at most max fields; returns the count. */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

static const char *opt_field(const char *s)
{
    return (s && *s && strcmp(s, "-") != 0) ? s : NULL;
}

static hs_entity_type type_of(const char *s)
{
    if (strcmp(s, "PERSON") == 0)
        return HS_ENT_PERSON;
    if (strcmp(s, "ORG") == 0)
        return HS_ENT_ORG;
    if (strcmp(s, "GPE") == 0)
        return HS_ENT_GPE;
    return HS_ENT_OTHER;
}

static int act_of(const char *s)
{
    for (int a = 0; a < HS_ACT_COUNT; a++)
        if (strcmp(hs_act_name((hs_act)a), s) == 0)
            return a;
    return -1;
}

static bool load_cues(hs_lexicons *lx)
{
    size_t n;
    char **lines = load_lines("lexicons/cues.txt", &lx->bufs[0], &n);
    if (!lines && n == 0 && lx->bufs[0]) /* empty file */
        return hs_strmap_init(&lx->cue_map, 0);
    if (!lines)
        return false;
    lx->cues = calloc(n + 1, sizeof *lx->cues);
    lx->cue_forms = calloc(n + 1, sizeof *lx->cue_forms);
    if (!lx->cues || !lx->cue_forms || !hs_strmap_init(&lx->cue_map, n)) {
        free(lines);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char *f[5];
        if (fields(lines[i], f, 5) < 5)
            continue;
        hs_cue_entry *e = &lx->cues[lx->ncues];
        lx->cue_forms[lx->ncues] = f[0];
        e->lemma = f[1];
        e->cpos = f[2][0];
        e->in_cue = (uint32_t)strtoul(f[3], NULL, 10);
        e->seen = (uint32_t)strtoul(f[4], NULL, 10);
        hs_strmap_put(&lx->cue_map, f[0], strlen(f[0]), (uint32_t)lx->ncues);
        lx->ncues++;
    }
    free(lines);
    return true;
}

static bool load_titles(hs_lexicons *lx)
{
    size_t n;
    char **lines = load_lines("lexicons/titles.txt", &lx->bufs[1], &n);
    if (!hs_strmap_init(&lx->title_map, n)) {
        free(lines);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        hs_strmap_put(&lx->title_map, lines[i], strlen(lines[i]), 1);
    free(lines);
    return true;
}

/* nouns.txt: each word with the bit set of its kinds (HS_NOUN_*) as the
 * map's value. */
static bool load_nouns(hs_lexicons *lx)
{
    size_t n;
    char **lines = load_lines("lexicons/nouns.txt", &lx->bufs[5], &n);
    if (!lines || !hs_strmap_init(&lx->noun_map, n)) {
        free(lines);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char *f[2];
        if (fields(lines[i], f, 2) < 2)
            continue;
        uint32_t kinds = 0;
        for (const char *k = f[1]; *k; k++)
            kinds |= *k == 'T' ? HS_NOUN_TITLE : *k == 'O' ? HS_NOUN_ORG :
                     *k == 'P' ? HS_NOUN_PERSON : *k == 'S' ? HS_NOUN_FOR :
                     *k == 'W' ? HS_NOUN_WORDS : *k == 'R' ? HS_NOUN_RECORD :
                     *k == 'N' ? HS_NOUN_NATIONAL : 0u;
        hs_strmap_put(&lx->noun_map, f[0], strlen(f[0]), kinds);
    }
    free(lines);
    return true;
}

static bool load_places(hs_lexicons *lx)
{
    size_t n;
    char **lines = load_lines("lexicons/places.txt", &lx->bufs[2], &n);
    lx->places = calloc(n + 1, sizeof *lx->places);
    if (!lx->places || !hs_strmap_init(&lx->place_map, n)) {
        free(lines);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char *f[6] = { 0 };
        if (fields(lines[i], f, 6) < 3)
            continue;
        hs_place_entry *e = &lx->places[lx->nplaces];
        e->name = f[1];
        e->type = type_of(f[2]);
        e->role = opt_field(f[3]);
        e->affiliation = opt_field(f[4]);
        const char *kind = opt_field(f[5]);
        e->kind = !kind ? HS_PLACE_NAME
                : strcmp(kind, "demonym") == 0 ? HS_PLACE_DEMONYM
                : strcmp(kind, "capital") == 0 ? HS_PLACE_CAPITAL
                : strcmp(kind, "company") == 0 ? HS_PLACE_COMPANY : HS_PLACE_NAME;
        hs_strmap_put(&lx->place_map, f[0], strlen(f[0]), (uint32_t)lx->nplaces);
        lx->nplaces++;
    }
    free(lines);
    return true;
}

static bool load_acts(hs_lexicons *lx)
{
    size_t n;
    char **lines = load_lines("lexicons/acts.txt", &lx->bufs[3], &n);
    lx->acts = calloc(n + 1, sizeof *lx->acts);
    if (!lx->acts || !hs_strmap_init(&lx->act_map, n) || !hs_strmap_init(&lx->marker_map, n)) {
        free(lines);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char *f[2];
        if (fields(lines[i], f, 2) < 2)
            continue;
        int a = act_of(f[1]);
        if (a < 0)
            continue;
        hs_act_entry *e = &lx->acts[lx->nacts];
        e->content_marker = f[0][0] == '+';
        e->key = e->content_marker ? f[0] + 1 : f[0];
        e->act = (hs_act)a;
        hs_strmap_put(e->content_marker ? &lx->marker_map : &lx->act_map, e->key,
                strlen(e->key), (uint32_t)lx->nacts);
        lx->nacts++;
    }
    free(lines);
    return true;
}

/* Load the gender list of embedded file `name` into *g, its text kept in
 * *buf. */
static bool load_gender_list(const char *name, char **buf, gender_list *g)
{
    size_t n;
    char **lines = load_lines(name, buf, &n);
    g->gender = calloc(n + 1, 1);
    if (!g->gender || !hs_strmap_init(&g->map, n)) {
        free(lines);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char *f[2];
        if (fields(lines[i], f, 2) < 2)
            continue;
        g->gender[i] = f[1][0];
        hs_strmap_put(&g->map, f[0], strlen(f[0]), (uint32_t)i);
    }
    free(lines);
    return true;
}

/* names.txt, hand-made, says which words open a person's name and their
 * gender; given-names.txt (birth counts) only the gender of many more. */
static bool load_names(hs_lexicons *lx)
{
    return load_gender_list("lexicons/names.txt", &lx->bufs[4], &lx->names) &&
           load_gender_list("lexicons/given-names.txt", &lx->bufs[6], &lx->given);
}

/* Hash of a normalised cluster form; never 0 (the empty slot). */
static uint64_t cluster_hash(const char *w, size_t n)
{
    uint64_t h = hs_feat_hash(0x636c7573746572ULL, w, n);
    return h ? h : 1;
}

/* Parse a decimal field at *p up to `stop`; advance past it. */
static unsigned long cluster_num(const char **p, const char *end)
{
    unsigned long v = 0;
    while (*p < end && **p >= '0' && **p <= '9')
        v = v * 10 + (unsigned long)(*(*p)++ - '0');
    return v;
}

/* Word clusters: lines "form TAB fine TAB coarse" (the coarse class a
 * cluster of the fine ones' centres; tools/derive-clusters.js).  A table
 * of twice as many slots as lines, a power of two. */
static bool load_clusters(hs_lexicons *lx)
{
    hs_blob b;
    if (!hs_blob_get("lexicons/clusters.txt", &b))
        return false;
    const char *p = (const char *)b.data, *end = p + b.size;
    size_t lines = 0;
    for (const char *q = p; q < end; q++)
        lines += *q == '\n';
    size_t cap = 1024;
    while (cap < 2 * lines)
        cap *= 2;
    lx->cluster_keys = calloc(cap, sizeof *lx->cluster_keys);
    lx->cluster_codes = calloc(cap, sizeof *lx->cluster_codes);
    if (!lx->cluster_keys || !lx->cluster_codes)
        return false;
    lx->cluster_mask = (uint32_t)(cap - 1);
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        const char *tab = memchr(p, '\t', (size_t)(eol - p));
        if (*p != '#' && tab && tab > p) {
            const char *q = tab + 1;
            unsigned long fine = cluster_num(&q, eol);
            unsigned long coarse = q < eol && *q == '\t' ? (q++, cluster_num(&q, eol)) : HS_CLUSTER_COARSE;
            if (fine < HS_CLUSTER_FINE && coarse < HS_CLUSTER_COARSE) {
                uint64_t h = cluster_hash(p, (size_t)(tab - p));
                uint32_t i = (uint32_t)h & lx->cluster_mask;
                while (lx->cluster_keys[i] && lx->cluster_keys[i] != h)
                    i = (i + 1) & lx->cluster_mask;
                if (!lx->cluster_keys[i]) {     /* the first line wins */
                    lx->cluster_keys[i] = h;
                    lx->cluster_codes[i] = HS_CLUSTER_CODE(fine, coarse);
                }
            }
        }
        p = eol + 1;
    }
    return true;
}

uint64_t hs_lex_cluster_key(const char *w, size_t n)
{
    char buf[64];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80) {
            unsigned char c2 = (unsigned char)w[i + 2];
            if (c2 >= 0x98 && c2 <= 0x9B)
                c = '\'';
            else if (c2 >= 0x9C && c2 <= 0x9F)
                c = '"';
            else if (c2 == 0x93 || c2 == 0x94)
                c = '-';
            if (c != 0xE2)
                i += 2;
        } else if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c - 'A' + 'a');
        } else if (c >= '0' && c <= '9') {
            c = '0';
        }
        if (k == sizeof buf)
            return 0;
        buf[k++] = (char)c;
    }
    return k ? cluster_hash(buf, k) : 0;
}

void hs_lex_cluster_prefetch(const hs_lexicons *lx, uint64_t key)
{
    if (key && lx->cluster_keys)
        __builtin_prefetch(&lx->cluster_keys[(uint32_t)key & lx->cluster_mask]);
}

uint16_t hs_lex_cluster_of(const hs_lexicons *lx, uint64_t key)
{
    if (!key || !lx->cluster_keys)
        return HS_CLUSTER_NONE;
    uint32_t i = (uint32_t)key & lx->cluster_mask;
    while (lx->cluster_keys[i]) {
        if (lx->cluster_keys[i] == key)
            return lx->cluster_codes[i];
        i = (i + 1) & lx->cluster_mask;
    }
    return HS_CLUSTER_NONE;
}

uint16_t hs_lex_cluster(const hs_lexicons *lx, const char *w, size_t n)
{
    return hs_lex_cluster_of(lx, hs_lex_cluster_key(w, n));
}

/* The gender list g gives word w: 'M', 'F', or 0. */
static char gender_of(const gender_list *g, const char *w, size_t n)
{
    char buf[64];
    size_t k = hs_lex_fold(w, n, buf, sizeof buf);
    long i = k ? hs_strmap_get(&g->map, buf, k) : -1;
    return i < 0 ? 0 : g->gender[i];
}

char hs_lex_name_gender(const hs_lexicons *lx, const char *w, size_t n)
{
    return gender_of(&lx->names, w, n);
}

char hs_lex_given_gender(const hs_lexicons *lx, const char *w, size_t n)
{
    char g = gender_of(&lx->names, w, n);
    return g ? g : gender_of(&lx->given, w, n);
}

hs_lexicons *hs_lexicons_load(hs_error *err)
{
    hs_lexicons *lx = calloc(1, sizeof *lx);
    if (!lx || !load_cues(lx) || !load_titles(lx) || !load_places(lx) ||
        !load_acts(lx) || !load_names(lx) || !load_clusters(lx) || !load_nouns(lx)) {
        hs_lexicons_free(lx);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory loading lexicons");
        return NULL;
    }
    return lx;
}

void hs_lexicons_free(hs_lexicons *lx)
{
    if (!lx)
        return;
    for (int i = 0; i < 7; i++)
        free(lx->bufs[i]);
    free(lx->cluster_keys);
    free(lx->cluster_codes);
    free(lx->names.gender);
    hs_strmap_free(&lx->names.map);
    free(lx->given.gender);
    hs_strmap_free(&lx->given.map);
    free(lx->cues);
    free(lx->cue_forms);
    free(lx->places);
    free(lx->acts);
    hs_strmap_free(&lx->cue_map);
    hs_strmap_free(&lx->title_map);
    hs_strmap_free(&lx->place_map);
    hs_strmap_free(&lx->act_map);
    hs_strmap_free(&lx->marker_map);
    hs_strmap_free(&lx->noun_map);
    free(lx);
}

const hs_cue_entry *hs_lex_cue(const hs_lexicons *lx, const char *w, size_t n,
                               char cpos)
{
    char buf[64];
    size_t k = hs_lex_fold(w, n, buf, sizeof buf);
    long i = k ? hs_strmap_get(&lx->cue_map, buf, k) : -1;
    if (i < 0)
        return NULL;
    /* entries of one form are adjacent (the file is sorted) */
    for (size_t j = (size_t)i; j < lx->ncues && strcmp(lx->cue_forms[j], buf) == 0; j++)
        if (lx->cues[j].cpos == cpos)
            return &lx->cues[j];
    return NULL;
}

bool hs_lex_title(const hs_lexicons *lx, const char *w, size_t n)
{
    char buf[64];
    size_t k = hs_lex_fold(w, n, buf, sizeof buf);
    return k && hs_strmap_get(&lx->title_map, buf, k) >= 0;
}

unsigned hs_lex_noun(const hs_lexicons *lx, const char *w, size_t n)
{
    char buf[64];
    size_t k = hs_lex_fold(w, n, buf, sizeof buf);
    long i = k ? hs_strmap_get(&lx->noun_map, buf, k) : -1;
    return i < 0 ? 0u : (unsigned)i;
}

const hs_place_entry *hs_lex_place(const hs_lexicons *lx, const char *w, size_t n)
{
    char buf[128];
    size_t k = hs_lex_fold(w, n, buf, sizeof buf);
    long i = k ? hs_strmap_get(&lx->place_map, buf, k) : -1;
    return i < 0 ? NULL : &lx->places[i];
}

const hs_act_entry *hs_lex_act(const hs_lexicons *lx, const char *w, size_t n,
                               bool content_marker)
{
    char buf[64];
    size_t k = hs_lex_fold(w, n, buf, sizeof buf);
    long i = k ? hs_strmap_get(content_marker ? &lx->marker_map : &lx->act_map, buf, k) : -1;
    return i < 0 ? NULL : &lx->acts[i];
}
