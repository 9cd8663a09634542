/* STUB */
#include "internal.h"
int hs_act_classify(hs_doc *d, hs_error *err) { (void)d; (void)err; return 0; }
