// Entry point of the desktop app: everything else lives in the ikit_app_ui library.

#include "kit_app.h"

wxIMPLEMENT_APP(ikit::KitApp);
