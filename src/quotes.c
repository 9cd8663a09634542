/* STUB */
#include "internal.h"
int hs_quotes(hs_doc *d, hs_error *err) { (void)d; (void)err; return 0; }
