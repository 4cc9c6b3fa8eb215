// Lede's view of libxml2: the HTML parser, its SAX events, and the tree.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding.h then pulls in the system's ICU headers, which
// clash with the ICU copy inside Swift's Foundation. Lede decodes charsets itself, so it needs none of it.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <string.h>
