/*
 * models.c -- the data files under data/, compiled into the binary.
 *
 * The assembler's .incbin copies each file into .rodata at build time; a
 * NUL byte follows each so text files can be used as C strings.  The
 * Makefile rebuilds this file whenever a data file changes.
 */
#include <stdbool.h>
#include <string.h>

#include "models.h"

#define HS_EMBED(sym, file)                                              \
    __asm__(".section .rodata\n"                                         \
            ".balign 16\n"                                               \
            ".global " #sym "\n" #sym ":\n"                              \
            ".incbin \"" file "\"\n"                                     \
            ".global " #sym "_end\n" #sym "_end:\n"                      \
            ".byte 0\n"                                                  \
            ".previous\n");                                              \
    extern const unsigned char sym[], sym##_end[];

HS_EMBED(hs_data_pos, "data/models/pos.bin")
HS_EMBED(hs_data_ner, "data/models/ner.bin")
HS_EMBED(hs_data_parse, "data/models/parse.bin")
HS_EMBED(hs_data_cue, "data/models/cue.bin")
HS_EMBED(hs_data_bounds, "data/models/bounds.bin")
HS_EMBED(hs_data_sources, "data/models/sources.bin")
HS_EMBED(hs_data_confidence, "data/models/confidence.txt")
HS_EMBED(hs_data_weak, "data/models/weak.txt")
HS_EMBED(hs_data_cues, "data/lexicons/cues.txt")
HS_EMBED(hs_data_titles, "data/lexicons/titles.txt")
HS_EMBED(hs_data_nouns, "data/lexicons/nouns.txt")
HS_EMBED(hs_data_places, "data/lexicons/places.txt")
HS_EMBED(hs_data_acts, "data/lexicons/acts.txt")
HS_EMBED(hs_data_names, "data/lexicons/names.txt")
HS_EMBED(hs_data_given_names, "data/lexicons/given-names.txt")
HS_EMBED(hs_data_clusters, "data/lexicons/clusters.txt")
HS_EMBED(hs_data_seed, "data/seed/bucha-china.txt")

/* Look up the embedded file `name` (path under data/); returns false if
 * there is none.  Sizes come from the end symbols, so they are computed
 * here rather than in a static table. */
bool hs_blob_get(const char *name, hs_blob *out)
{
    const struct {
        const char *name;
        const unsigned char *start, *end;
    } table[] = {
        { "models/pos.bin", hs_data_pos, hs_data_pos_end },
        { "models/ner.bin", hs_data_ner, hs_data_ner_end },
        { "models/parse.bin", hs_data_parse, hs_data_parse_end },
        { "models/cue.bin", hs_data_cue, hs_data_cue_end },
        { "models/bounds.bin", hs_data_bounds, hs_data_bounds_end },
        { "models/sources.bin", hs_data_sources, hs_data_sources_end },
        { "models/confidence.txt", hs_data_confidence, hs_data_confidence_end },
        { "models/weak.txt", hs_data_weak, hs_data_weak_end },
        { "lexicons/cues.txt", hs_data_cues, hs_data_cues_end },
        { "lexicons/titles.txt", hs_data_titles, hs_data_titles_end },
        { "lexicons/nouns.txt", hs_data_nouns, hs_data_nouns_end },
        { "lexicons/places.txt", hs_data_places, hs_data_places_end },
        { "lexicons/acts.txt", hs_data_acts, hs_data_acts_end },
        { "lexicons/names.txt", hs_data_names, hs_data_names_end },
        { "lexicons/given-names.txt", hs_data_given_names, hs_data_given_names_end },
        { "lexicons/clusters.txt", hs_data_clusters, hs_data_clusters_end },
        { "seed/bucha-china.txt", hs_data_seed, hs_data_seed_end },
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].name, name) == 0) {
            out->name = table[i].name;
            out->data = table[i].start;
            out->size = (size_t)(table[i].end - table[i].start);
            return true;
        }
    }
    return false;
}
