/* STUB: hearsay eval (being written). */
#include <stdio.h>
#include "commands.h"
int hs_cmd_eval(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "hearsay eval: not built yet\n"); return 1; }
