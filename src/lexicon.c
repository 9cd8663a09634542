#include <stdlib.h>
#include "lexicon.h"
struct hs_lexicons { int unused; };
hs_lexicons *hs_lexicons_load(hs_error *err)
{
    hs_lexicons *lx = calloc(1, sizeof *lx);
    if (!lx)
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    return lx;
}
void hs_lexicons_free(hs_lexicons *lx) { free(lx); }
