/* STUB */
#include "internal.h"
int hs_tag(hs_doc *d, hs_error *err) { (void)d; (void)err; return 0; }
