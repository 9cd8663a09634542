#include <stdio.h>
#include "hearsay.h"
int main(void) { hs_error e; hs_engine *g = hs_engine_new(NULL, &e); printf("%s %p\n", hs_version(), (void*)g); hs_engine_free(g); return 0; }
