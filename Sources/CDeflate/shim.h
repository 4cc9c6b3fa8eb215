// Lede's view of libdeflate (Debian's libdeflate-dev): whole gzip members of a WARC inflated in one
// call, several times faster than zlib's streaming inflate.
#include <libdeflate.h>
