// cmark-gfm with its core extensions (tables) from Debian's libcmark-gfm-dev.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
