/* How fast can libxml2 2.9's HTML parser go on these pages? Times, per page, (1) htmlReadMemory
 * building the tree plus xmlFreeDoc, as Lede parses, and (2) the same parser with empty SAX
 * callbacks (tokenising only, no tree). The second is the floor for any extractor built on
 * libxml2's HTML parser. Usage: floor PAGE.html... (best of three passes, printed per pass). */
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) { (void)ctx; (void)name; (void)atts; }
static void on_end(void *ctx, const xmlChar *name) { (void)ctx; (void)name; }
static void on_text(void *ctx, const xmlChar *s, int len) { (void)ctx; (void)s; (void)len; }

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    int n = argc - 1;
    char **pages = calloc(n, sizeof *pages);
    int *sizes = calloc(n, sizeof *sizes);
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(argv[i + 1], "rb");
        if (!f) { perror(argv[i + 1]); return 1; }
        fseek(f, 0, SEEK_END); sizes[i] = (int)ftell(f); fseek(f, 0, SEEK_SET);
        pages[i] = malloc(sizes[i]);
        if (fread(pages[i], 1, sizes[i], f) != (size_t)sizes[i]) { perror("read"); return 1; }
        fclose(f);
    }
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlSAXHandler empty;
    memset(&empty, 0, sizeof empty);
    empty.startElement = on_start; empty.endElement = on_end; empty.characters = on_text; empty.cdataBlock = on_text;
    double bestTree = 1e9, bestSAX = 1e9;
    for (int pass = 0; pass < 3; pass++) {
        double t0 = now();
        for (int i = 0; i < n; i++) xmlFreeDoc(htmlReadMemory(pages[i], sizes[i], NULL, "UTF-8", options));
        double t1 = now();
        for (int i = 0; i < n; i++) {
            htmlParserCtxtPtr ctx = htmlCreateMemoryParserCtxt(pages[i], sizes[i]);
            htmlSAXHandlerPtr own = ctx->sax;
            ctx->sax = &empty;
            htmlCtxtUseOptions(ctx, options);
            htmlParseDocument(ctx);
            ctx->sax = own;
            htmlFreeParserCtxt(ctx);
        }
        double t2 = now();
        if (t1 - t0 < bestTree) bestTree = t1 - t0;
        if (t2 - t1 < bestSAX) bestSAX = t2 - t1;
    }
    printf("libxml2 %s on %d pages: tree + free %.2f ms a page, SAX only %.2f ms a page (best of 3)\n",
           xmlParserVersion, n, bestTree * 1000 / n, bestSAX * 1000 / n);
    return 0;
}
