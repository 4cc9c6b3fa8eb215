// Lede's view of zlib (Debian's zlib1g-dev): streaming inflate for WARC files and HTTP bodies.
#include <zlib.h>
