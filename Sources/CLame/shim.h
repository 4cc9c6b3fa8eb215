// LAME, the MP3 encoder, from Debian's libmp3lame-dev (installed by scripts/setup.sh).
#include <lame/lame.h>
