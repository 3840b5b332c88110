#ifndef KARTLEGG_CLIBXML2_SHIM_H
#define KARTLEGG_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Foundation carries its own ICU; libxml2's ICU headers clash with it (see docs/toolchain.md). */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as unsafe shared state. */
static inline void kartlegg_xml_free(void *pointer) { xmlFree(pointer); }

#endif
