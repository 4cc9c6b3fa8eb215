// FFTW 3 (single precision), the hibari voice's Fourier transforms, from Debian's libfftw3-dev
// (installed by scripts/setup.sh).
#include <fftw3.h>
