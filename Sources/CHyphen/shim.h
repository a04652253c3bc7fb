// Hyphenation patterns (TeX's, as LibreOffice uses them) from Debian's libhyphen-dev.
#include <hyphen.h>
