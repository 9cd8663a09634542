/*
 * models.h -- data files compiled into the binary (models.c).
 *
 * Each data file under data/ is embedded with the assembler's .incbin, so
 * the binary needs nothing at run time.  A file that is empty (a model not
 * trained yet) has size 0.
 */
#ifndef HS_MODELS_H
#define HS_MODELS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *name;          /* e.g. "models/pos.bin" */
    const unsigned char *data;
    size_t size;
} hs_blob;

/* The embedded file named `name` (path under data/, e.g.
 * "models/pos.bin"); false if there is none.  data is NUL-terminated. */
bool hs_blob_get(const char *name, hs_blob *out);

#endif
