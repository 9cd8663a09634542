#include <stdio.h>
#include <string.h>
#include "internal.h"
int main(int argc,char**argv){ hs_error err; hs_engine*eng=hs_engine_new(NULL,&err);
 hs_doc*d=hs_doc_new(eng); const char*t=argv[1]; hs_text_load(d,t,strlen(t),&err); hs_lex(d,&err); hs_tag(d,&err);
 for(size_t i=0;i<d->ntoks;i++) printf("%.*s/%s/%d ",(int)hs_tok_len(&d->toks[i]),hs_tok_str(d,&d->toks[i]),hs_pos_names[d->toks[i].pos],d->toks[i].ner);
 printf("\n"); return 0;}
