/*
 * score.h -- scoring predicted attributions against gold annotations.
 *
 * A C re-implementation of the reference scorer
 * shared/tools/score-attributions (its semantics are documented in
 * shared/corpus/README.md, "Scorer"), number for number: the same word
 * units, the same greedy one-to-one pairings with the same tie-breaks, the
 * same floating-point operations in the same order, the same rounding.
 *
 * Use:
 *
 *     hs_scorer *sc = hs_scorer_new();
 *     for each article (in sorted order):
 *         hs_score_text *t = hs_score_text_new(text, len, &err);
 *         hs_brat_doc pred  -- hs_brat_parse() of the predicted .ann, or
 *                              hs_brat_add_attribution() of each
 *                              hs_attribution of an hs_result
 *         hs_scorer_count_warnings(sc, &pred, HS_SIDE_PRED);
 *         for each of the k gold files used:
 *             hs_brat_doc gold -- hs_brat_parse()
 *             hs_scorer_count_warnings(sc, &gold, HS_SIDE_GOLD);
 *             hs_scorer_add(sc, t, &gold, &pred, 1.0 / k, &err);
 *         hs_score_text_free(t);
 *     hs_score_report rep;
 *     hs_scorer_report(sc, &rep);   -- then set rep.mode, rep.gold_files
 *     hs_score_report_print(&rep, stdout);  or hs_score_report_json(&rep)
 *
 * All offsets are code points.  Nothing here is global; a scorer and a
 * text are used by one thread at a time.
 */
#ifndef HS_SCORE_H
#define HS_SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "brat.h"
#include "hearsay.h"

/* An article text prepared for scoring: code points, the word (\w+ run)
 * of every character, and a cache of the unit sets of the fragment lists
 * scored against it (the reference caches them per article too, which
 * decides how often the "clipped" warning counts). */
typedef struct hs_score_text hs_score_text;

/* Prepare `len` bytes of text, which must be valid UTF-8 (as Python's
 * strict "utf-8" decoding; a BOM counts as a character).  NULL with err
 * filled (HS_ERR_UTF8, HS_ERR_NOMEM) on failure. */
hs_score_text *hs_score_text_new(const char *text, size_t len,
                                 hs_error *err);
/* Free a text (NULL is fine). */
void hs_score_text_free(hs_score_text *t);
/* Length of the text in code points. */
size_t hs_score_text_chars(const hs_score_text *t);

/* Content type of a gold content, by its text. */
typedef enum { HS_CT_DIRECT, HS_CT_MIXED, HS_CT_INDIRECT, HS_CT_COUNT }
    hs_content_type;

/* Content type of the text of fragments f[0..n) (joined with one space,
 * edges stripped) by the reference's quotation-mark rules. */
hs_content_type hs_score_content_type(const hs_score_text *t,
                                      const hs_brat_frag *f, size_t n);

/* Which file a reader warning came from. */
typedef enum { HS_SIDE_GOLD, HS_SIDE_PRED } hs_score_side;

/* Every warning the scorer reports: the reader's warnings per side
 * (HS_SW_GOLD + w, HS_SW_PRED + w for w an hs_brat_warning), then the
 * scorer's and the driver's own. */
enum {
    HS_SW_GOLD = 0,
    HS_SW_PRED = HS_BRAT_W_COUNT,
    HS_SW_CLIPPED = 2 * HS_BRAT_W_COUNT, /* offsets beyond the text */
    HS_SW_MISSING_PRED,                  /* article without prediction */
    HS_SW_EXTRA_PRED,                    /* prediction without article */
    HS_SW_COUNT
};
/* The reference's name of warning w (e.g. "gold: malformed T lines"). */
const char *hs_score_warning_name(int w);

/* The accumulator: weighted counts summed over articles. */
typedef struct hs_scorer hs_scorer;

/* A scorer with all counts zero, or NULL when out of memory. */
hs_scorer *hs_scorer_new(void);
/* Free a scorer (NULL is fine). */
void hs_scorer_free(hs_scorer *sc);

/* Score one article: gold against pred on text t, adding every count times
 * `weight` (1/k when the article has k gold files).  Returns 0, or -1 with
 * err filled (HS_ERR_NOMEM). */
int hs_scorer_add(hs_scorer *sc, hs_score_text *t, const hs_brat_doc *gold,
                  const hs_brat_doc *pred, double weight, hs_error *err);
/* What the attribution-level pairing made of one prediction. */
enum {
    HS_OUTCOME_MISSED = 0,          /* paired with no gold attribution */
    HS_OUTCOME_FOUND = 1,           /* paired, not fully correct */
    HS_OUTCOME_FULLY_CORRECT = 2    /* paired and fully correct */
};

/* The outcome of each of pred's attributions (outcome[i] for
 * pred->attrs[i]) under the pairing hs_scorer_add() counts with one gold
 * file; an attribution without content words is HS_OUTCOME_MISSED.
 * Returns 0, or -1 with err filled (HS_ERR_NOMEM). */
int hs_score_outcomes(hs_score_text *t, const hs_brat_doc *gold,
                      const hs_brat_doc *pred, uint8_t *outcome,
                      hs_error *err);

/* Add the reader warnings of a parsed file. */
void hs_scorer_count_warnings(hs_scorer *sc, const hs_brat_doc *doc,
                              hs_score_side side);
/* Add n to warning w (HS_SW_*). */
void hs_scorer_warn(hs_scorer *sc, int w, size_t n);

/* Precision, recall, F1 (fractions, 0..1). */
typedef struct {
    double p, r, f1;
} hs_prf;

/* The scorer's result, as the reference's JSON object.  Counts are
 * rounded to 4 decimals as the reference prints them; a recall is NaN
 * where the reference has null (no gold item of that type). */
typedef struct {
    struct {
        double gold, pred, exact_matches;
        hs_prf exact, partial;
    } spans[HS_ROLE_COUNT];
    struct {
        double gold, pred, found, fully_correct;
        hs_prf found_prf, fully_correct_prf;
        double source_exact_share, source_partial_share, cue_match_share,
               content_exact_share, content_partial_share,
               fully_correct_share;
    } att;
    struct {
        double gold;
        double found_recall, fully_correct_recall, content_exact_recall;
    } type[HS_CT_COUNT];
    double articles;
    size_t warn[HS_SW_COUNT];
    /* set by the caller: */
    const char *mode;       /* "first-annotator" or "all-annotators" */
    size_t gold_files;
} hs_score_report;

/* Compute the report from the counts so far (mode "first-annotator",
 * gold_files 0 until the caller sets them). */
void hs_scorer_report(const hs_scorer *sc, hs_score_report *rep);
/* Print the reference's table.  Returns 0, or -1 on a write error. */
int hs_score_report_print(const hs_score_report *rep, FILE *out);
/* The reference's JSON object, one line, keys sorted, with '\n'.  Returns
 * 0, or -1 with err filled. */
int hs_score_report_json(const hs_score_report *rep, FILE *out,
                         hs_error *err);

/* Python's round(x, 4) (correctly rounded, halves to even). */
double hs_score_round4(double x);

#endif /* HS_SCORE_H */
