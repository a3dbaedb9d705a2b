#pragma once

class QCoreApplication;

namespace callout {

// Installs the translation of the user's language (QLocale::uiLanguages(): $LANGUAGE, then
// LC_ALL / LC_MESSAGES / LANG) from those compiled into the program under :/i18n. English, the
// source language, needs none. Shared by the agent and calloutctl, which embed the same files.
void installTranslations(QCoreApplication &app);

} // namespace callout
