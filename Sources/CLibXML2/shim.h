#ifndef STORYDIFF_CLIBXML2_SHIM_H
#define STORYDIFF_CLIBXML2_SHIM_H

// libxml2's HTML parser, used only by the Articles module (see STYLE.md section 2).
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#endif
