#ifndef STORYDIFF_CLIBXML2_SHIM_H
#define STORYDIFF_CLIBXML2_SHIM_H

// libxml2's HTML parser, used only by the Articles module (see STYLE.md section 2).
//
// Debian builds libxml2 with ICU, so its encoding.h would include ICU's headers and define ICU's
// types inside this module, where they clash with the ICU copy Foundation carries
// (`_FoundationICU`) in any target that sees both. StoryDiff never lets libxml2 convert
// encodings (text is decoded through TextCore first) and never touches the ICU fields of
// `xmlCharEncodingHandler`, so the ICU part of libxml2's headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#endif
